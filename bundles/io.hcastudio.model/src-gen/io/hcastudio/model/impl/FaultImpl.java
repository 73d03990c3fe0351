/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.Fault;
import io.hcastudio.model.HcaPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fault</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.FaultImpl#getStartTimeNs <em>Start Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FaultImpl#getDurationNs <em>Duration Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FaultImpl extends NamedElementImpl implements Fault {
	/**
	 * The default value of the '{@link #getStartTimeNs() <em>Start Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTimeNs()
	 * @generated
	 * @ordered
	 */
	protected static final long START_TIME_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getStartTimeNs() <em>Start Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartTimeNs()
	 * @generated
	 * @ordered
	 */
	protected long startTimeNs = START_TIME_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationNs() <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNs()
	 * @generated
	 * @ordered
	 */
	protected static final long DURATION_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDurationNs() <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationNs()
	 * @generated
	 * @ordered
	 */
	protected long durationNs = DURATION_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FaultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.FAULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getStartTimeNs() {
		return startTimeNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartTimeNs(long newStartTimeNs) {
		long oldStartTimeNs = startTimeNs;
		startTimeNs = newStartTimeNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FAULT__START_TIME_NS, oldStartTimeNs, startTimeNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDurationNs() {
		return durationNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationNs(long newDurationNs) {
		long oldDurationNs = durationNs;
		durationNs = newDurationNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FAULT__DURATION_NS, oldDurationNs, durationNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.FAULT__START_TIME_NS:
				return getStartTimeNs();
			case HcaPackage.FAULT__DURATION_NS:
				return getDurationNs();
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
			case HcaPackage.FAULT__START_TIME_NS:
				setStartTimeNs((Long)newValue);
				return;
			case HcaPackage.FAULT__DURATION_NS:
				setDurationNs((Long)newValue);
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
			case HcaPackage.FAULT__START_TIME_NS:
				setStartTimeNs(START_TIME_NS_EDEFAULT);
				return;
			case HcaPackage.FAULT__DURATION_NS:
				setDurationNs(DURATION_NS_EDEFAULT);
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
			case HcaPackage.FAULT__START_TIME_NS:
				return startTimeNs != START_TIME_NS_EDEFAULT;
			case HcaPackage.FAULT__DURATION_NS:
				return durationNs != DURATION_NS_EDEFAULT;
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
		result.append(" (startTimeNs: ");
		result.append(startTimeNs);
		result.append(", durationNs: ");
		result.append(durationNs);
		result.append(')');
		return result.toString();
	}

} //FaultImpl
