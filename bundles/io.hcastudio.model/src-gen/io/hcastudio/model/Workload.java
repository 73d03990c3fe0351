/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workload</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Traffic attached to one interface (function and HCA port), starting at startTimeNs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Workload#getFunction <em>Function</em>}</li>
 *   <li>{@link io.hcastudio.model.Workload#getPortNumber <em>Port Number</em>}</li>
 *   <li>{@link io.hcastudio.model.Workload#getStartTimeNs <em>Start Time Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getWorkload()
 * @model abstract="true"
 * @generated
 */
public interface Workload extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' reference.
	 * @see #setFunction(PciFunction)
	 * @see io.hcastudio.model.HcaPackage#getWorkload_Function()
	 * @model required="true"
	 * @generated
	 */
	PciFunction getFunction();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Workload#getFunction <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' reference.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(PciFunction value);

	/**
	 * Returns the value of the '<em><b>Port Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port Number</em>' attribute.
	 * @see #setPortNumber(int)
	 * @see io.hcastudio.model.HcaPackage#getWorkload_PortNumber()
	 * @model default="1"
	 * @generated
	 */
	int getPortNumber();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Workload#getPortNumber <em>Port Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Number</em>' attribute.
	 * @see #getPortNumber()
	 * @generated
	 */
	void setPortNumber(int value);

	/**
	 * Returns the value of the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time Ns</em>' attribute.
	 * @see #setStartTimeNs(long)
	 * @see io.hcastudio.model.HcaPackage#getWorkload_StartTimeNs()
	 * @model
	 * @generated
	 */
	long getStartTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Workload#getStartTimeNs <em>Start Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time Ns</em>' attribute.
	 * @see #getStartTimeNs()
	 * @generated
	 */
	void setStartTimeNs(long value);

} // Workload
