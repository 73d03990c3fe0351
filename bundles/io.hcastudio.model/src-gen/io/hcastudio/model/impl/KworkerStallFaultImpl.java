/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.KworkerStallFault;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kworker Stall Fault</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.KworkerStallFaultImpl#getHca <em>Hca</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.KworkerStallFaultImpl#getCpus <em>Cpus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KworkerStallFaultImpl extends FaultImpl implements KworkerStallFault {
	/**
	 * The cached value of the '{@link #getHca() <em>Hca</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHca()
	 * @generated
	 * @ordered
	 */
	protected Hca hca;

	/**
	 * The default value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected static final int CPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected int cpus = CPUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KworkerStallFaultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.KWORKER_STALL_FAULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hca getHca() {
		if (hca != null && hca.eIsProxy()) {
			InternalEObject oldHca = (InternalEObject)hca;
			hca = (Hca)eResolveProxy(oldHca);
			if (hca != oldHca) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.KWORKER_STALL_FAULT__HCA, oldHca, hca));
			}
		}
		return hca;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Hca basicGetHca() {
		return hca;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHca(Hca newHca) {
		Hca oldHca = hca;
		hca = newHca;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.KWORKER_STALL_FAULT__HCA, oldHca, hca));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpus() {
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(int newCpus) {
		int oldCpus = cpus;
		cpus = newCpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.KWORKER_STALL_FAULT__CPUS, oldCpus, cpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.KWORKER_STALL_FAULT__HCA:
				if (resolve) return getHca();
				return basicGetHca();
			case HcaPackage.KWORKER_STALL_FAULT__CPUS:
				return getCpus();
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
			case HcaPackage.KWORKER_STALL_FAULT__HCA:
				setHca((Hca)newValue);
				return;
			case HcaPackage.KWORKER_STALL_FAULT__CPUS:
				setCpus((Integer)newValue);
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
			case HcaPackage.KWORKER_STALL_FAULT__HCA:
				setHca((Hca)null);
				return;
			case HcaPackage.KWORKER_STALL_FAULT__CPUS:
				setCpus(CPUS_EDEFAULT);
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
			case HcaPackage.KWORKER_STALL_FAULT__HCA:
				return hca != null;
			case HcaPackage.KWORKER_STALL_FAULT__CPUS:
				return cpus != CPUS_EDEFAULT;
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
		result.append(" (cpus: ");
		result.append(cpus);
		result.append(')');
		return result.toString();
	}

} //KworkerStallFaultImpl
