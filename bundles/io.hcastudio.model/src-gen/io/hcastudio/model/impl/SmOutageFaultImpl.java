/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.SmOutageFault;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sm Outage Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SmOutageFaultImpl extends FaultImpl implements SmOutageFault {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SmOutageFaultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SM_OUTAGE_FAULT;
	}

} //SmOutageFaultImpl
