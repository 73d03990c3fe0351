/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inbound Burst</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Instantaneous ingress burst: madCount MADs for the function's slave arriving in the wire receive ring at the start time (test T2).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.InboundBurst#getMadCount <em>Mad Count</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getInboundBurst()
 * @model
 * @generated
 */
public interface InboundBurst extends Workload {
	/**
	 * Returns the value of the '<em><b>Mad Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mad Count</em>' attribute.
	 * @see #setMadCount(int)
	 * @see io.hcastudio.model.HcaPackage#getInboundBurst_MadCount()
	 * @model default="1"
	 * @generated
	 */
	int getMadCount();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.InboundBurst#getMadCount <em>Mad Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mad Count</em>' attribute.
	 * @see #getMadCount()
	 * @generated
	 */
	void setMadCount(int value);

} // InboundBurst
