/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.SmEvent;
import io.hcastudio.model.SmEventKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sm Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.SmEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SmEventImpl#getFailoverGapNs <em>Failover Gap Ns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SmEventImpl extends NetworkEventImpl implements SmEvent {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SmEventKind KIND_EDEFAULT = SmEventKind.CLIENT_REREGISTER;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SmEventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getFailoverGapNs() <em>Failover Gap Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverGapNs()
	 * @generated
	 * @ordered
	 */
	protected static final long FAILOVER_GAP_NS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFailoverGapNs() <em>Failover Gap Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFailoverGapNs()
	 * @generated
	 * @ordered
	 */
	protected long failoverGapNs = FAILOVER_GAP_NS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SM_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SmEventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SmEventKind newKind) {
		SmEventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SM_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFailoverGapNs() {
		return failoverGapNs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFailoverGapNs(long newFailoverGapNs) {
		long oldFailoverGapNs = failoverGapNs;
		failoverGapNs = newFailoverGapNs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SM_EVENT__FAILOVER_GAP_NS, oldFailoverGapNs, failoverGapNs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.SM_EVENT__KIND:
				return getKind();
			case HcaPackage.SM_EVENT__FAILOVER_GAP_NS:
				return getFailoverGapNs();
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
			case HcaPackage.SM_EVENT__KIND:
				setKind((SmEventKind)newValue);
				return;
			case HcaPackage.SM_EVENT__FAILOVER_GAP_NS:
				setFailoverGapNs((Long)newValue);
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
			case HcaPackage.SM_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case HcaPackage.SM_EVENT__FAILOVER_GAP_NS:
				setFailoverGapNs(FAILOVER_GAP_NS_EDEFAULT);
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
			case HcaPackage.SM_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case HcaPackage.SM_EVENT__FAILOVER_GAP_NS:
				return failoverGapNs != FAILOVER_GAP_NS_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", failoverGapNs: ");
		result.append(failoverGapNs);
		result.append(')');
		return result.toString();
	}

} //SmEventImpl
