/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.RunSettings;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Settings</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.RunSettingsImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.RunSettingsImpl#getStopTimeMs <em>Stop Time Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.RunSettingsImpl#getReplications <em>Replications</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.RunSettingsImpl#isRandomizeTies <em>Randomize Ties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunSettingsImpl extends EObjectImpl implements RunSettings {
	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 1L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopTimeMs() <em>Stop Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTimeMs()
	 * @generated
	 * @ordered
	 */
	protected static final long STOP_TIME_MS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStopTimeMs() <em>Stop Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopTimeMs()
	 * @generated
	 * @ordered
	 */
	protected long stopTimeMs = STOP_TIME_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected static final int REPLICATIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getReplications() <em>Replications</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplications()
	 * @generated
	 * @ordered
	 */
	protected int replications = REPLICATIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #isRandomizeTies() <em>Randomize Ties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomizeTies()
	 * @generated
	 * @ordered
	 */
	protected static final boolean RANDOMIZE_TIES_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isRandomizeTies() <em>Randomize Ties</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isRandomizeTies()
	 * @generated
	 * @ordered
	 */
	protected boolean randomizeTies = RANDOMIZE_TIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunSettingsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.RUN_SETTINGS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.RUN_SETTINGS__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStopTimeMs() {
		return stopTimeMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopTimeMs(long newStopTimeMs) {
		long oldStopTimeMs = stopTimeMs;
		stopTimeMs = newStopTimeMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.RUN_SETTINGS__STOP_TIME_MS, oldStopTimeMs, stopTimeMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReplications() {
		return replications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplications(int newReplications) {
		int oldReplications = replications;
		replications = newReplications;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.RUN_SETTINGS__REPLICATIONS, oldReplications, replications));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isRandomizeTies() {
		return randomizeTies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRandomizeTies(boolean newRandomizeTies) {
		boolean oldRandomizeTies = randomizeTies;
		randomizeTies = newRandomizeTies;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.RUN_SETTINGS__RANDOMIZE_TIES, oldRandomizeTies, randomizeTies));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.RUN_SETTINGS__SEED:
				return getSeed();
			case HcaPackage.RUN_SETTINGS__STOP_TIME_MS:
				return getStopTimeMs();
			case HcaPackage.RUN_SETTINGS__REPLICATIONS:
				return getReplications();
			case HcaPackage.RUN_SETTINGS__RANDOMIZE_TIES:
				return isRandomizeTies();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.RUN_SETTINGS__SEED:
				setSeed((Long)newValue);
				return;
			case HcaPackage.RUN_SETTINGS__STOP_TIME_MS:
				setStopTimeMs((Long)newValue);
				return;
			case HcaPackage.RUN_SETTINGS__REPLICATIONS:
				setReplications((Integer)newValue);
				return;
			case HcaPackage.RUN_SETTINGS__RANDOMIZE_TIES:
				setRandomizeTies((Boolean)newValue);
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
			case HcaPackage.RUN_SETTINGS__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case HcaPackage.RUN_SETTINGS__STOP_TIME_MS:
				setStopTimeMs(STOP_TIME_MS_EDEFAULT);
				return;
			case HcaPackage.RUN_SETTINGS__REPLICATIONS:
				setReplications(REPLICATIONS_EDEFAULT);
				return;
			case HcaPackage.RUN_SETTINGS__RANDOMIZE_TIES:
				setRandomizeTies(RANDOMIZE_TIES_EDEFAULT);
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
			case HcaPackage.RUN_SETTINGS__SEED:
				return seed != SEED_EDEFAULT;
			case HcaPackage.RUN_SETTINGS__STOP_TIME_MS:
				return stopTimeMs != STOP_TIME_MS_EDEFAULT;
			case HcaPackage.RUN_SETTINGS__REPLICATIONS:
				return replications != REPLICATIONS_EDEFAULT;
			case HcaPackage.RUN_SETTINGS__RANDOMIZE_TIES:
				return randomizeTies != RANDOMIZE_TIES_EDEFAULT;
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
		result.append(" (seed: ");
		result.append(seed);
		result.append(", stopTimeMs: ");
		result.append(stopTimeMs);
		result.append(", replications: ");
		result.append(replications);
		result.append(", randomizeTies: ");
		result.append(randomizeTies);
		result.append(')');
		return result.toString();
	}

} //RunSettingsImpl
