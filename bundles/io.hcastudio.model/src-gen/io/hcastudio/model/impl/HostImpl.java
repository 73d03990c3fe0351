/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.VirtualMachine;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.HostImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HostImpl#getHcas <em>Hcas</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.HostImpl#getVirtualMachines <em>Virtual Machines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HostImpl extends NodeElementImpl implements Host {
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
	 * The cached value of the '{@link #getHcas() <em>Hcas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHcas()
	 * @generated
	 * @ordered
	 */
	protected EList<Hca> hcas;

	/**
	 * The cached value of the '{@link #getVirtualMachines() <em>Virtual Machines</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachines()
	 * @generated
	 * @ordered
	 */
	protected EList<VirtualMachine> virtualMachines;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.HOST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.HOST__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hca> getHcas() {
		if (hcas == null) {
			hcas = new EObjectContainmentWithInverseEList<Hca>(Hca.class, this, HcaPackage.HOST__HCAS, HcaPackage.HCA__HOST);
		}
		return hcas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VirtualMachine> getVirtualMachines() {
		if (virtualMachines == null) {
			virtualMachines = new EObjectContainmentWithInverseEList<VirtualMachine>(VirtualMachine.class, this, HcaPackage.HOST__VIRTUAL_MACHINES, HcaPackage.VIRTUAL_MACHINE__HOST);
		}
		return virtualMachines;
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
			case HcaPackage.HOST__HCAS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getHcas()).basicAdd(otherEnd, msgs);
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVirtualMachines()).basicAdd(otherEnd, msgs);
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
			case HcaPackage.HOST__HCAS:
				return ((InternalEList<?>)getHcas()).basicRemove(otherEnd, msgs);
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				return ((InternalEList<?>)getVirtualMachines()).basicRemove(otherEnd, msgs);
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
			case HcaPackage.HOST__DESCRIPTION:
				return getDescription();
			case HcaPackage.HOST__HCAS:
				return getHcas();
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				return getVirtualMachines();
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
			case HcaPackage.HOST__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HcaPackage.HOST__HCAS:
				getHcas().clear();
				getHcas().addAll((Collection<? extends Hca>)newValue);
				return;
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
				getVirtualMachines().addAll((Collection<? extends VirtualMachine>)newValue);
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
			case HcaPackage.HOST__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HcaPackage.HOST__HCAS:
				getHcas().clear();
				return;
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				getVirtualMachines().clear();
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
			case HcaPackage.HOST__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HcaPackage.HOST__HCAS:
				return hcas != null && !hcas.isEmpty();
			case HcaPackage.HOST__VIRTUAL_MACHINES:
				return virtualMachines != null && !virtualMachines.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //HostImpl
