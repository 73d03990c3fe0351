/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function Reset Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A function-level reset (FLR): the PF driver takes the function's tunnel contexts down for the window and re-creates them; MADs in flight through them are lost.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.FunctionResetFault#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getFunctionResetFault()
 * @model
 * @generated
 */
public interface FunctionResetFault extends Fault {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reset function.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' reference.
	 * @see #setFunction(PciFunction)
	 * @see io.hcastudio.model.HcaPackage#getFunctionResetFault_Function()
	 * @model
	 * @generated
	 */
	PciFunction getFunction();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionResetFault#getFunction <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' reference.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(PciFunction value);

} // FunctionResetFault
