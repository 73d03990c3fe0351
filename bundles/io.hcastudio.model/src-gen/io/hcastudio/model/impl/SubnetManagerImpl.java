/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Port;
import io.hcastudio.model.SubnetManager;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Subnet Manager</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.SubnetManagerImpl#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SubnetManagerImpl#getSaServiceTimeNs <em>Sa Service Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SubnetManagerImpl#getSubnetTimeout <em>Subnet Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SubnetManagerImpl#getSaMaxQueueTimeMs <em>Sa Max Queue Time Ms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SubnetManagerImpl extends NamedElementImpl implements SubnetManager {
	/**
	 * The cached value of the '{@link #getPort() <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPort()
	 * @generated
	 * @ordered
	 */
	protected Port port;

	/**
	 * The default value of the '{@link #getSaServiceTimeNs() <em>Sa Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaServiceTimeNs()
	 * @generated
	 * @ordered
	 */
	protected static final int SA_SERVICE_TIME_NS_EDEFAULT = 20000;

	/**
	 * The cached value of the '{@link #getSaServiceTimeNs() <em>Sa Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaServiceTimeNs()
	 * @generated
	 * @ordered
	 */
	protected int saServiceTimeNs = SA_SERVICE_TIME_NS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubnetTimeout() <em>Subnet Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnetTimeout()
	 * @generated
	 * @ordered
	 */
	protected static final int SUBNET_TIMEOUT_EDEFAULT = 18;

	/**
	 * The cached value of the '{@link #getSubnetTimeout() <em>Subnet Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnetTimeout()
	 * @generated
	 * @ordered
	 */
	protected int subnetTimeout = SUBNET_TIMEOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaMaxQueueTimeMs() <em>Sa Max Queue Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaMaxQueueTimeMs()
	 * @generated
	 * @ordered
	 */
	protected static final int SA_MAX_QUEUE_TIME_MS_EDEFAULT = 10000;

	/**
	 * The cached value of the '{@link #getSaMaxQueueTimeMs() <em>Sa Max Queue Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaMaxQueueTimeMs()
	 * @generated
	 * @ordered
	 */
	protected int saMaxQueueTimeMs = SA_MAX_QUEUE_TIME_MS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SubnetManagerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SUBNET_MANAGER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port getPort() {
		if (port != null && port.eIsProxy()) {
			InternalEObject oldPort = (InternalEObject)port;
			port = (Port)eResolveProxy(oldPort);
			if (port != oldPort) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.SUBNET_MANAGER__PORT, oldPort, port));
			}
		}
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Port basicGetPort() {
		return port;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPort(Port newPort) {
		Port oldPort = port;
		port = newPort;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SUBNET_MANAGER__PORT, oldPort, port));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSaServiceTimeNs() {
		return saServiceTimeNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaServiceTimeNs(int newSaServiceTimeNs) {
		int oldSaServiceTimeNs = saServiceTimeNs;
		saServiceTimeNs = newSaServiceTimeNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SUBNET_MANAGER__SA_SERVICE_TIME_NS, oldSaServiceTimeNs, saServiceTimeNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSubnetTimeout() {
		return subnetTimeout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubnetTimeout(int newSubnetTimeout) {
		int oldSubnetTimeout = subnetTimeout;
		subnetTimeout = newSubnetTimeout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SUBNET_MANAGER__SUBNET_TIMEOUT, oldSubnetTimeout, subnetTimeout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSaMaxQueueTimeMs() {
		return saMaxQueueTimeMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaMaxQueueTimeMs(int newSaMaxQueueTimeMs) {
		int oldSaMaxQueueTimeMs = saMaxQueueTimeMs;
		saMaxQueueTimeMs = newSaMaxQueueTimeMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS, oldSaMaxQueueTimeMs, saMaxQueueTimeMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.SUBNET_MANAGER__PORT:
				if (resolve) return getPort();
				return basicGetPort();
			case HcaPackage.SUBNET_MANAGER__SA_SERVICE_TIME_NS:
				return getSaServiceTimeNs();
			case HcaPackage.SUBNET_MANAGER__SUBNET_TIMEOUT:
				return getSubnetTimeout();
			case HcaPackage.SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS:
				return getSaMaxQueueTimeMs();
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
			case HcaPackage.SUBNET_MANAGER__PORT:
				setPort((Port)newValue);
				return;
			case HcaPackage.SUBNET_MANAGER__SA_SERVICE_TIME_NS:
				setSaServiceTimeNs((Integer)newValue);
				return;
			case HcaPackage.SUBNET_MANAGER__SUBNET_TIMEOUT:
				setSubnetTimeout((Integer)newValue);
				return;
			case HcaPackage.SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS:
				setSaMaxQueueTimeMs((Integer)newValue);
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
			case HcaPackage.SUBNET_MANAGER__PORT:
				setPort((Port)null);
				return;
			case HcaPackage.SUBNET_MANAGER__SA_SERVICE_TIME_NS:
				setSaServiceTimeNs(SA_SERVICE_TIME_NS_EDEFAULT);
				return;
			case HcaPackage.SUBNET_MANAGER__SUBNET_TIMEOUT:
				setSubnetTimeout(SUBNET_TIMEOUT_EDEFAULT);
				return;
			case HcaPackage.SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS:
				setSaMaxQueueTimeMs(SA_MAX_QUEUE_TIME_MS_EDEFAULT);
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
			case HcaPackage.SUBNET_MANAGER__PORT:
				return port != null;
			case HcaPackage.SUBNET_MANAGER__SA_SERVICE_TIME_NS:
				return saServiceTimeNs != SA_SERVICE_TIME_NS_EDEFAULT;
			case HcaPackage.SUBNET_MANAGER__SUBNET_TIMEOUT:
				return subnetTimeout != SUBNET_TIMEOUT_EDEFAULT;
			case HcaPackage.SUBNET_MANAGER__SA_MAX_QUEUE_TIME_MS:
				return saMaxQueueTimeMs != SA_MAX_QUEUE_TIME_MS_EDEFAULT;
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
		result.append(" (saServiceTimeNs: ");
		result.append(saServiceTimeNs);
		result.append(", subnetTimeout: ");
		result.append(subnetTimeout);
		result.append(", saMaxQueueTimeMs: ");
		result.append(saMaxQueueTimeMs);
		result.append(')');
		return result.toString();
	}

} //SubnetManagerImpl
