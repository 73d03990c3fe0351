/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.InboundFanIn;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Inbound Fan In</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.InboundFanInImpl#getPeerCount <em>Peer Count</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.InboundFanInImpl#getMadsPerPeer <em>Mads Per Peer</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.InboundFanInImpl#getIntervalNs <em>Interval Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InboundFanInImpl extends WorkloadImpl implements InboundFanIn {
	/**
	 * The default value of the '{@link #getPeerCount() <em>Peer Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PEER_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPeerCount() <em>Peer Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeerCount()
	 * @generated
	 * @ordered
	 */
	protected int peerCount = PEER_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMadsPerPeer() <em>Mads Per Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadsPerPeer()
	 * @generated
	 * @ordered
	 */
	protected static final int MADS_PER_PEER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getMadsPerPeer() <em>Mads Per Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMadsPerPeer()
	 * @generated
	 * @ordered
	 */
	protected int madsPerPeer = MADS_PER_PEER_EDEFAULT;

	/**
	 * The default value of the '{@link #getIntervalNs() <em>Interval Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalNs()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_NS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIntervalNs() <em>Interval Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntervalNs()
	 * @generated
	 * @ordered
	 */
	protected int intervalNs = INTERVAL_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InboundFanInImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.INBOUND_FAN_IN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPeerCount() {
		return peerCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeerCount(int newPeerCount) {
		int oldPeerCount = peerCount;
		peerCount = newPeerCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.INBOUND_FAN_IN__PEER_COUNT, oldPeerCount, peerCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMadsPerPeer() {
		return madsPerPeer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMadsPerPeer(int newMadsPerPeer) {
		int oldMadsPerPeer = madsPerPeer;
		madsPerPeer = newMadsPerPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.INBOUND_FAN_IN__MADS_PER_PEER, oldMadsPerPeer, madsPerPeer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIntervalNs() {
		return intervalNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIntervalNs(int newIntervalNs) {
		int oldIntervalNs = intervalNs;
		intervalNs = newIntervalNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.INBOUND_FAN_IN__INTERVAL_NS, oldIntervalNs, intervalNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.INBOUND_FAN_IN__PEER_COUNT:
				return getPeerCount();
			case HcaPackage.INBOUND_FAN_IN__MADS_PER_PEER:
				return getMadsPerPeer();
			case HcaPackage.INBOUND_FAN_IN__INTERVAL_NS:
				return getIntervalNs();
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
			case HcaPackage.INBOUND_FAN_IN__PEER_COUNT:
				setPeerCount((Integer)newValue);
				return;
			case HcaPackage.INBOUND_FAN_IN__MADS_PER_PEER:
				setMadsPerPeer((Integer)newValue);
				return;
			case HcaPackage.INBOUND_FAN_IN__INTERVAL_NS:
				setIntervalNs((Integer)newValue);
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
			case HcaPackage.INBOUND_FAN_IN__PEER_COUNT:
				setPeerCount(PEER_COUNT_EDEFAULT);
				return;
			case HcaPackage.INBOUND_FAN_IN__MADS_PER_PEER:
				setMadsPerPeer(MADS_PER_PEER_EDEFAULT);
				return;
			case HcaPackage.INBOUND_FAN_IN__INTERVAL_NS:
				setIntervalNs(INTERVAL_NS_EDEFAULT);
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
			case HcaPackage.INBOUND_FAN_IN__PEER_COUNT:
				return peerCount != PEER_COUNT_EDEFAULT;
			case HcaPackage.INBOUND_FAN_IN__MADS_PER_PEER:
				return madsPerPeer != MADS_PER_PEER_EDEFAULT;
			case HcaPackage.INBOUND_FAN_IN__INTERVAL_NS:
				return intervalNs != INTERVAL_NS_EDEFAULT;
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
		result.append(" (peerCount: ");
		result.append(peerCount);
		result.append(", madsPerPeer: ");
		result.append(madsPerPeer);
		result.append(", intervalNs: ");
		result.append(intervalNs);
		result.append(')');
		return result.toString();
	}

} //InboundFanInImpl
