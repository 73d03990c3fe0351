/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.CmtimeInstance;
import io.hcastudio.model.CmtimeRole;
import io.hcastudio.model.HcaPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cmtime Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.CmtimeInstanceImpl#getRole <em>Role</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.CmtimeInstanceImpl#getPeer <em>Peer</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.CmtimeInstanceImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.CmtimeInstanceImpl#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.CmtimeInstanceImpl#getRetries <em>Retries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CmtimeInstanceImpl extends WorkloadImpl implements CmtimeInstance {
	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final CmtimeRole ROLE_EDEFAULT = CmtimeRole.CLIENT;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected CmtimeRole role = ROLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeer() <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeer()
	 * @generated
	 * @ordered
	 */
	protected CmtimeInstance peer;

	/**
	 * The default value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECTIONS_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected int connections = CONNECTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected static final int TIMEOUT_MS_EDEFAULT = 2000;

	/**
	 * The cached value of the '{@link #getTimeoutMs() <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeoutMs()
	 * @generated
	 * @ordered
	 */
	protected int timeoutMs = TIMEOUT_MS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected static final int RETRIES_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getRetries() <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRetries()
	 * @generated
	 * @ordered
	 */
	protected int retries = RETRIES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CmtimeInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.CMTIME_INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CmtimeRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(CmtimeRole newRole) {
		CmtimeRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.CMTIME_INSTANCE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CmtimeInstance getPeer() {
		if (peer != null && peer.eIsProxy()) {
			InternalEObject oldPeer = (InternalEObject)peer;
			peer = (CmtimeInstance)eResolveProxy(oldPeer);
			if (peer != oldPeer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.CMTIME_INSTANCE__PEER, oldPeer, peer));
			}
		}
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CmtimeInstance basicGetPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(CmtimeInstance newPeer) {
		CmtimeInstance oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.CMTIME_INSTANCE__PEER, oldPeer, peer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnections() {
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnections(int newConnections) {
		int oldConnections = connections;
		connections = newConnections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.CMTIME_INSTANCE__CONNECTIONS, oldConnections, connections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTimeoutMs() {
		return timeoutMs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeoutMs(int newTimeoutMs) {
		int oldTimeoutMs = timeoutMs;
		timeoutMs = newTimeoutMs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.CMTIME_INSTANCE__TIMEOUT_MS, oldTimeoutMs, timeoutMs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRetries() {
		return retries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRetries(int newRetries) {
		int oldRetries = retries;
		retries = newRetries;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.CMTIME_INSTANCE__RETRIES, oldRetries, retries));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.CMTIME_INSTANCE__ROLE:
				return getRole();
			case HcaPackage.CMTIME_INSTANCE__PEER:
				if (resolve) return getPeer();
				return basicGetPeer();
			case HcaPackage.CMTIME_INSTANCE__CONNECTIONS:
				return getConnections();
			case HcaPackage.CMTIME_INSTANCE__TIMEOUT_MS:
				return getTimeoutMs();
			case HcaPackage.CMTIME_INSTANCE__RETRIES:
				return getRetries();
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
			case HcaPackage.CMTIME_INSTANCE__ROLE:
				setRole((CmtimeRole)newValue);
				return;
			case HcaPackage.CMTIME_INSTANCE__PEER:
				setPeer((CmtimeInstance)newValue);
				return;
			case HcaPackage.CMTIME_INSTANCE__CONNECTIONS:
				setConnections((Integer)newValue);
				return;
			case HcaPackage.CMTIME_INSTANCE__TIMEOUT_MS:
				setTimeoutMs((Integer)newValue);
				return;
			case HcaPackage.CMTIME_INSTANCE__RETRIES:
				setRetries((Integer)newValue);
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
			case HcaPackage.CMTIME_INSTANCE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case HcaPackage.CMTIME_INSTANCE__PEER:
				setPeer((CmtimeInstance)null);
				return;
			case HcaPackage.CMTIME_INSTANCE__CONNECTIONS:
				setConnections(CONNECTIONS_EDEFAULT);
				return;
			case HcaPackage.CMTIME_INSTANCE__TIMEOUT_MS:
				setTimeoutMs(TIMEOUT_MS_EDEFAULT);
				return;
			case HcaPackage.CMTIME_INSTANCE__RETRIES:
				setRetries(RETRIES_EDEFAULT);
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
			case HcaPackage.CMTIME_INSTANCE__ROLE:
				return role != ROLE_EDEFAULT;
			case HcaPackage.CMTIME_INSTANCE__PEER:
				return peer != null;
			case HcaPackage.CMTIME_INSTANCE__CONNECTIONS:
				return connections != CONNECTIONS_EDEFAULT;
			case HcaPackage.CMTIME_INSTANCE__TIMEOUT_MS:
				return timeoutMs != TIMEOUT_MS_EDEFAULT;
			case HcaPackage.CMTIME_INSTANCE__RETRIES:
				return retries != RETRIES_EDEFAULT;
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
		result.append(" (role: ");
		result.append(role);
		result.append(", connections: ");
		result.append(connections);
		result.append(", timeoutMs: ");
		result.append(timeoutMs);
		result.append(", retries: ");
		result.append(retries);
		result.append(')');
		return result.toString();
	}

} //CmtimeInstanceImpl
