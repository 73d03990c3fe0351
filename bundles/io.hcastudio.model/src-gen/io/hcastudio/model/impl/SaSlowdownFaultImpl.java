/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.SaSlowdownFault;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sa Slowdown Fault</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.SaSlowdownFaultImpl#getExtraServiceTimeNs <em>Extra Service Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SaSlowdownFaultImpl#getQueueCapacity <em>Queue Capacity</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SaSlowdownFaultImpl extends FaultImpl implements SaSlowdownFault {
	/**
	 * The default value of the '{@link #getExtraServiceTimeNs() <em>Extra Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraServiceTimeNs()
	 * @generated
	 * @ordered
	 */
	protected static final long EXTRA_SERVICE_TIME_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getExtraServiceTimeNs() <em>Extra Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraServiceTimeNs()
	 * @generated
	 * @ordered
	 */
	protected long extraServiceTimeNs = EXTRA_SERVICE_TIME_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getQueueCapacity() <em>Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueCapacity()
	 * @generated
	 * @ordered
	 */
	protected static final int QUEUE_CAPACITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getQueueCapacity() <em>Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQueueCapacity()
	 * @generated
	 * @ordered
	 */
	protected int queueCapacity = QUEUE_CAPACITY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SaSlowdownFaultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SA_SLOWDOWN_FAULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getExtraServiceTimeNs() {
		return extraServiceTimeNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExtraServiceTimeNs(long newExtraServiceTimeNs) {
		long oldExtraServiceTimeNs = extraServiceTimeNs;
		extraServiceTimeNs = newExtraServiceTimeNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS, oldExtraServiceTimeNs, extraServiceTimeNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getQueueCapacity() {
		return queueCapacity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQueueCapacity(int newQueueCapacity) {
		int oldQueueCapacity = queueCapacity;
		queueCapacity = newQueueCapacity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SA_SLOWDOWN_FAULT__QUEUE_CAPACITY, oldQueueCapacity, queueCapacity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS:
				return getExtraServiceTimeNs();
			case HcaPackage.SA_SLOWDOWN_FAULT__QUEUE_CAPACITY:
				return getQueueCapacity();
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
			case HcaPackage.SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS:
				setExtraServiceTimeNs((Long)newValue);
				return;
			case HcaPackage.SA_SLOWDOWN_FAULT__QUEUE_CAPACITY:
				setQueueCapacity((Integer)newValue);
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
			case HcaPackage.SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS:
				setExtraServiceTimeNs(EXTRA_SERVICE_TIME_NS_EDEFAULT);
				return;
			case HcaPackage.SA_SLOWDOWN_FAULT__QUEUE_CAPACITY:
				setQueueCapacity(QUEUE_CAPACITY_EDEFAULT);
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
			case HcaPackage.SA_SLOWDOWN_FAULT__EXTRA_SERVICE_TIME_NS:
				return extraServiceTimeNs != EXTRA_SERVICE_TIME_NS_EDEFAULT;
			case HcaPackage.SA_SLOWDOWN_FAULT__QUEUE_CAPACITY:
				return queueCapacity != QUEUE_CAPACITY_EDEFAULT;
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
		result.append(" (extraServiceTimeNs: ");
		result.append(extraServiceTimeNs);
		result.append(", queueCapacity: ");
		result.append(queueCapacity);
		result.append(')');
		return result.toString();
	}

} //SaSlowdownFaultImpl
