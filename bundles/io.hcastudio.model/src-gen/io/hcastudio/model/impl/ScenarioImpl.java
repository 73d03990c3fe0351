/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.Fault;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.NetworkEvent;
import io.hcastudio.model.ProfilePreset;
import io.hcastudio.model.RunSettings;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.StackReaction;
import io.hcastudio.model.Study;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.Workload;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scenario</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getPresetOverride <em>Preset Override</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getWorkloads <em>Workloads</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getRunSettings <em>Run Settings</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getStudies <em>Studies</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getTiming <em>Timing</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getFaults <em>Faults</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getEvents <em>Events</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.ScenarioImpl#getReactions <em>Reactions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScenarioImpl extends NamedElementImpl implements Scenario {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPresetOverride() <em>Preset Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresetOverride()
	 * @generated
	 * @ordered
	 */
	protected static final ProfilePreset PRESET_OVERRIDE_EDEFAULT = ProfilePreset.A;

	/**
	 * The cached value of the '{@link #getPresetOverride() <em>Preset Override</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresetOverride()
	 * @generated
	 * @ordered
	 */
	protected ProfilePreset presetOverride = PRESET_OVERRIDE_EDEFAULT;

	/**
	 * This is true if the Preset Override attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean presetOverrideESet;

	/**
	 * The cached value of the '{@link #getWorkloads() <em>Workloads</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkloads()
	 * @generated
	 * @ordered
	 */
	protected EList<Workload> workloads;

	/**
	 * The cached value of the '{@link #getRunSettings() <em>Run Settings</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRunSettings()
	 * @generated
	 * @ordered
	 */
	protected RunSettings runSettings;

	/**
	 * The cached value of the '{@link #getStudies() <em>Studies</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStudies()
	 * @generated
	 * @ordered
	 */
	protected EList<Study> studies;

	/**
	 * The cached value of the '{@link #getTiming() <em>Timing</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTiming()
	 * @generated
	 * @ordered
	 */
	protected EList<TimingDistribution> timing;

	/**
	 * The cached value of the '{@link #getFaults() <em>Faults</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFaults()
	 * @generated
	 * @ordered
	 */
	protected EList<Fault> faults;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkEvent> events;

	/**
	 * The cached value of the '{@link #getReactions() <em>Reactions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReactions()
	 * @generated
	 * @ordered
	 */
	protected EList<StackReaction> reactions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScenarioImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SCENARIO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SCENARIO__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProfilePreset getPresetOverride() {
		return presetOverride;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresetOverride(ProfilePreset newPresetOverride) {
		ProfilePreset oldPresetOverride = presetOverride;
		presetOverride = newPresetOverride == null ? PRESET_OVERRIDE_EDEFAULT : newPresetOverride;
		boolean oldPresetOverrideESet = presetOverrideESet;
		presetOverrideESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SCENARIO__PRESET_OVERRIDE, oldPresetOverride, presetOverride, !oldPresetOverrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPresetOverride() {
		ProfilePreset oldPresetOverride = presetOverride;
		boolean oldPresetOverrideESet = presetOverrideESet;
		presetOverride = PRESET_OVERRIDE_EDEFAULT;
		presetOverrideESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, HcaPackage.SCENARIO__PRESET_OVERRIDE, oldPresetOverride, PRESET_OVERRIDE_EDEFAULT, oldPresetOverrideESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPresetOverride() {
		return presetOverrideESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workload> getWorkloads() {
		if (workloads == null) {
			workloads = new EObjectContainmentEList<Workload>(Workload.class, this, HcaPackage.SCENARIO__WORKLOADS);
		}
		return workloads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunSettings getRunSettings() {
		return runSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRunSettings(RunSettings newRunSettings, NotificationChain msgs) {
		RunSettings oldRunSettings = runSettings;
		runSettings = newRunSettings;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HcaPackage.SCENARIO__RUN_SETTINGS, oldRunSettings, newRunSettings);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRunSettings(RunSettings newRunSettings) {
		if (newRunSettings != runSettings) {
			NotificationChain msgs = null;
			if (runSettings != null)
				msgs = ((InternalEObject)runSettings).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HcaPackage.SCENARIO__RUN_SETTINGS, null, msgs);
			if (newRunSettings != null)
				msgs = ((InternalEObject)newRunSettings).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HcaPackage.SCENARIO__RUN_SETTINGS, null, msgs);
			msgs = basicSetRunSettings(newRunSettings, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SCENARIO__RUN_SETTINGS, newRunSettings, newRunSettings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Study> getStudies() {
		if (studies == null) {
			studies = new EObjectContainmentEList<Study>(Study.class, this, HcaPackage.SCENARIO__STUDIES);
		}
		return studies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TimingDistribution> getTiming() {
		if (timing == null) {
			timing = new EObjectContainmentEList<TimingDistribution>(TimingDistribution.class, this, HcaPackage.SCENARIO__TIMING);
		}
		return timing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Fault> getFaults() {
		if (faults == null) {
			faults = new EObjectContainmentEList<Fault>(Fault.class, this, HcaPackage.SCENARIO__FAULTS);
		}
		return faults;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<NetworkEvent>(NetworkEvent.class, this, HcaPackage.SCENARIO__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StackReaction> getReactions() {
		if (reactions == null) {
			reactions = new EObjectContainmentEList<StackReaction>(StackReaction.class, this, HcaPackage.SCENARIO__REACTIONS);
		}
		return reactions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.SCENARIO__WORKLOADS:
				return ((InternalEList<?>)getWorkloads()).basicRemove(otherEnd, msgs);
			case HcaPackage.SCENARIO__RUN_SETTINGS:
				return basicSetRunSettings(null, msgs);
			case HcaPackage.SCENARIO__STUDIES:
				return ((InternalEList<?>)getStudies()).basicRemove(otherEnd, msgs);
			case HcaPackage.SCENARIO__TIMING:
				return ((InternalEList<?>)getTiming()).basicRemove(otherEnd, msgs);
			case HcaPackage.SCENARIO__FAULTS:
				return ((InternalEList<?>)getFaults()).basicRemove(otherEnd, msgs);
			case HcaPackage.SCENARIO__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
			case HcaPackage.SCENARIO__REACTIONS:
				return ((InternalEList<?>)getReactions()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.SCENARIO__DESCRIPTION:
				return getDescription();
			case HcaPackage.SCENARIO__PRESET_OVERRIDE:
				return getPresetOverride();
			case HcaPackage.SCENARIO__WORKLOADS:
				return getWorkloads();
			case HcaPackage.SCENARIO__RUN_SETTINGS:
				return getRunSettings();
			case HcaPackage.SCENARIO__STUDIES:
				return getStudies();
			case HcaPackage.SCENARIO__TIMING:
				return getTiming();
			case HcaPackage.SCENARIO__FAULTS:
				return getFaults();
			case HcaPackage.SCENARIO__EVENTS:
				return getEvents();
			case HcaPackage.SCENARIO__REACTIONS:
				return getReactions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.SCENARIO__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HcaPackage.SCENARIO__PRESET_OVERRIDE:
				setPresetOverride((ProfilePreset)newValue);
				return;
			case HcaPackage.SCENARIO__WORKLOADS:
				getWorkloads().clear();
				getWorkloads().addAll((Collection<? extends Workload>)newValue);
				return;
			case HcaPackage.SCENARIO__RUN_SETTINGS:
				setRunSettings((RunSettings)newValue);
				return;
			case HcaPackage.SCENARIO__STUDIES:
				getStudies().clear();
				getStudies().addAll((Collection<? extends Study>)newValue);
				return;
			case HcaPackage.SCENARIO__TIMING:
				getTiming().clear();
				getTiming().addAll((Collection<? extends TimingDistribution>)newValue);
				return;
			case HcaPackage.SCENARIO__FAULTS:
				getFaults().clear();
				getFaults().addAll((Collection<? extends Fault>)newValue);
				return;
			case HcaPackage.SCENARIO__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends NetworkEvent>)newValue);
				return;
			case HcaPackage.SCENARIO__REACTIONS:
				getReactions().clear();
				getReactions().addAll((Collection<? extends StackReaction>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HcaPackage.SCENARIO__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HcaPackage.SCENARIO__PRESET_OVERRIDE:
				unsetPresetOverride();
				return;
			case HcaPackage.SCENARIO__WORKLOADS:
				getWorkloads().clear();
				return;
			case HcaPackage.SCENARIO__RUN_SETTINGS:
				setRunSettings((RunSettings)null);
				return;
			case HcaPackage.SCENARIO__STUDIES:
				getStudies().clear();
				return;
			case HcaPackage.SCENARIO__TIMING:
				getTiming().clear();
				return;
			case HcaPackage.SCENARIO__FAULTS:
				getFaults().clear();
				return;
			case HcaPackage.SCENARIO__EVENTS:
				getEvents().clear();
				return;
			case HcaPackage.SCENARIO__REACTIONS:
				getReactions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HcaPackage.SCENARIO__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HcaPackage.SCENARIO__PRESET_OVERRIDE:
				return isSetPresetOverride();
			case HcaPackage.SCENARIO__WORKLOADS:
				return workloads != null && !workloads.isEmpty();
			case HcaPackage.SCENARIO__RUN_SETTINGS:
				return runSettings != null;
			case HcaPackage.SCENARIO__STUDIES:
				return studies != null && !studies.isEmpty();
			case HcaPackage.SCENARIO__TIMING:
				return timing != null && !timing.isEmpty();
			case HcaPackage.SCENARIO__FAULTS:
				return faults != null && !faults.isEmpty();
			case HcaPackage.SCENARIO__EVENTS:
				return events != null && !events.isEmpty();
			case HcaPackage.SCENARIO__REACTIONS:
				return reactions != null && !reactions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", presetOverride: ");
		if (presetOverrideESet) result.append(presetOverride); else result.append("<unset>");
		result.append(')');
		return result.toString();
	}

} //ScenarioImpl
