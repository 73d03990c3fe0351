/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sweep Parameter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One swept parameter, named by key, e.g. driverProfile.preset, driverProfile.tunnelRingSize, timing.issueCostNs, cmtime.connections, runSettings.seed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.SweepParameter#getKey <em>Key</em>}</li>
 *   <li>{@link io.hcastudio.model.SweepParameter#getValues <em>Values</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getSweepParameter()
 * @model
 * @generated
 */
public interface SweepParameter extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see io.hcastudio.model.HcaPackage#getSweepParameter_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SweepParameter#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see io.hcastudio.model.HcaPackage#getSweepParameter_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getValues();

} // SweepParameter
