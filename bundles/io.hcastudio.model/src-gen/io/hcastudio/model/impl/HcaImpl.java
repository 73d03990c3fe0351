/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.DriverProfile;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.PciFunction;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hca</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.HcaImpl#getModelName <em>Model Name</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HcaImpl#getMaxVirtualFunctions <em>Max Virtual Functions</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HcaImpl#getHost <em>Host</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HcaImpl#getFunctions <em>Functions</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HcaImpl#getDriverProfile <em>Driver Profile</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HcaImpl extends FabricNodeImpl implements Hca {
	/**
	 * The default value of the '{@link #getModelName() <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelName()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_NAME_EDEFAULT = "ConnectX-3";

	/**
	 * The cached value of the '{@link #getModelName() <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModelName()
	 * @generated
	 * @ordered
	 */
	protected String modelName = MODEL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxVirtualFunctions() <em>Max Virtual Functions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVirtualFunctions()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_VIRTUAL_FUNCTIONS_EDEFAULT = 64;

	/**
	 * The cached value of the '{@link #getMaxVirtualFunctions() <em>Max Virtual Functions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVirtualFunctions()
	 * @generated
	 * @ordered
	 */
	protected int maxVirtualFunctions = MAX_VIRTUAL_FUNCTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFunctions() <em>Functions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctions()
	 * @generated
	 * @ordered
	 */
	protected EList<PciFunction> functions;

	/**
	 * The cached value of the '{@link #getDriverProfile() <em>Driver Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDriverProfile()
	 * @generated
	 * @ordered
	 */
	protected DriverProfile driverProfile;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HcaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.HCA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModelName() {
		return modelName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModelName(String newModelName) {
		String oldModelName = modelName;
		modelName = newModelName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.HCA__MODEL_NAME, oldModelName, modelName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxVirtualFunctions() {
		return maxVirtualFunctions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxVirtualFunctions(int newMaxVirtualFunctions) {
		int oldMaxVirtualFunctions = maxVirtualFunctions;
		maxVirtualFunctions = newMaxVirtualFunctions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.HCA__MAX_VIRTUAL_FUNCTIONS, oldMaxVirtualFunctions, maxVirtualFunctions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (eContainerFeatureID() != HcaPackage.HCA__HOST) return null;
		return (Host)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHost(Host newHost, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHost, HcaPackage.HCA__HOST, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		if (newHost != eInternalContainer() || (eContainerFeatureID() != HcaPackage.HCA__HOST && newHost != null)) {
			if (EcoreUtil.isAncestor(this, newHost))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHost != null)
				msgs = ((InternalEObject)newHost).eInverseAdd(this, HcaPackage.HOST__HCAS, Host.class, msgs);
			msgs = basicSetHost(newHost, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.HCA__HOST, newHost, newHost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PciFunction> getFunctions() {
		if (functions == null) {
			functions = new EObjectContainmentWithInverseEList<PciFunction>(PciFunction.class, this, HcaPackage.HCA__FUNCTIONS, HcaPackage.PCI_FUNCTION__HCA);
		}
		return functions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DriverProfile getDriverProfile() {
		return driverProfile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDriverProfile(DriverProfile newDriverProfile, NotificationChain msgs) {
		DriverProfile oldDriverProfile = driverProfile;
		driverProfile = newDriverProfile;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HcaPackage.HCA__DRIVER_PROFILE, oldDriverProfile, newDriverProfile);
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
	public void setDriverProfile(DriverProfile newDriverProfile) {
		if (newDriverProfile != driverProfile) {
			NotificationChain msgs = null;
			if (driverProfile != null)
				msgs = ((InternalEObject)driverProfile).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HcaPackage.HCA__DRIVER_PROFILE, null, msgs);
			if (newDriverProfile != null)
				msgs = ((InternalEObject)newDriverProfile).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HcaPackage.HCA__DRIVER_PROFILE, null, msgs);
			msgs = basicSetDriverProfile(newDriverProfile, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.HCA__DRIVER_PROFILE, newDriverProfile, newDriverProfile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction physicalFunction() {
		return io.hcastudio.model.operations.HcaOperations.physicalFunction(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PciFunction> virtualFunctions() {
		return io.hcastudio.model.operations.HcaOperations.virtualFunctions(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.HCA__HOST:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHost((Host)otherEnd, msgs);
			case HcaPackage.HCA__FUNCTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getFunctions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.HCA__HOST:
				return basicSetHost(null, msgs);
			case HcaPackage.HCA__FUNCTIONS:
				return ((InternalEList<?>)getFunctions()).basicRemove(otherEnd, msgs);
			case HcaPackage.HCA__DRIVER_PROFILE:
				return basicSetDriverProfile(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HcaPackage.HCA__HOST:
				return eInternalContainer().eInverseRemove(this, HcaPackage.HOST__HCAS, Host.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.HCA__MODEL_NAME:
				return getModelName();
			case HcaPackage.HCA__MAX_VIRTUAL_FUNCTIONS:
				return getMaxVirtualFunctions();
			case HcaPackage.HCA__HOST:
				return getHost();
			case HcaPackage.HCA__FUNCTIONS:
				return getFunctions();
			case HcaPackage.HCA__DRIVER_PROFILE:
				return getDriverProfile();
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
			case HcaPackage.HCA__MODEL_NAME:
				setModelName((String)newValue);
				return;
			case HcaPackage.HCA__MAX_VIRTUAL_FUNCTIONS:
				setMaxVirtualFunctions((Integer)newValue);
				return;
			case HcaPackage.HCA__HOST:
				setHost((Host)newValue);
				return;
			case HcaPackage.HCA__FUNCTIONS:
				getFunctions().clear();
				getFunctions().addAll((Collection<? extends PciFunction>)newValue);
				return;
			case HcaPackage.HCA__DRIVER_PROFILE:
				setDriverProfile((DriverProfile)newValue);
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
			case HcaPackage.HCA__MODEL_NAME:
				setModelName(MODEL_NAME_EDEFAULT);
				return;
			case HcaPackage.HCA__MAX_VIRTUAL_FUNCTIONS:
				setMaxVirtualFunctions(MAX_VIRTUAL_FUNCTIONS_EDEFAULT);
				return;
			case HcaPackage.HCA__HOST:
				setHost((Host)null);
				return;
			case HcaPackage.HCA__FUNCTIONS:
				getFunctions().clear();
				return;
			case HcaPackage.HCA__DRIVER_PROFILE:
				setDriverProfile((DriverProfile)null);
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
			case HcaPackage.HCA__MODEL_NAME:
				return MODEL_NAME_EDEFAULT == null ? modelName != null : !MODEL_NAME_EDEFAULT.equals(modelName);
			case HcaPackage.HCA__MAX_VIRTUAL_FUNCTIONS:
				return maxVirtualFunctions != MAX_VIRTUAL_FUNCTIONS_EDEFAULT;
			case HcaPackage.HCA__HOST:
				return getHost() != null;
			case HcaPackage.HCA__FUNCTIONS:
				return functions != null && !functions.isEmpty();
			case HcaPackage.HCA__DRIVER_PROFILE:
				return driverProfile != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case HcaPackage.HCA___PHYSICAL_FUNCTION:
				return physicalFunction();
			case HcaPackage.HCA___VIRTUAL_FUNCTIONS:
				return virtualFunctions();
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (modelName: ");
		result.append(modelName);
		result.append(", maxVirtualFunctions: ");
		result.append(maxVirtualFunctions);
		result.append(')');
		return result.toString();
	}

} //HcaImpl
