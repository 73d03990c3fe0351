/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Outbound Burst</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Instantaneous egress burst: madCount GSI MADs from the function waiting in the PF tunnel context's receive queue at the start time (test T1).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.OutboundBurst#getMadCount <em>Mad Count</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getOutboundBurst()
 * @model
 * @generated
 */
public interface OutboundBurst extends Workload {
	/**
	 * Returns the value of the '<em><b>Mad Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mad Count</em>' attribute.
	 * @see #setMadCount(int)
	 * @see io.hcastudio.model.HcaPackage#getOutboundBurst_MadCount()
	 * @model default="1"
	 * @generated
	 */
	int getMadCount();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.OutboundBurst#getMadCount <em>Mad Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mad Count</em>' attribute.
	 * @see #getMadCount()
	 * @generated
	 */
	void setMadCount(int value);

} // OutboundBurst
