/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fault injected into a run during the window [startTimeNs, startTimeNs + durationNs) of simulated time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Fault#getStartTimeNs <em>Start Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.Fault#getDurationNs <em>Duration Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getFault()
 * @model abstract="true"
 * @generated
 */
public interface Fault extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Start Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the window in ns of simulated time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Time Ns</em>' attribute.
	 * @see #setStartTimeNs(long)
	 * @see io.hcastudio.model.HcaPackage#getFault_StartTimeNs()
	 * @model
	 * @generated
	 */
	long getStartTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Fault#getStartTimeNs <em>Start Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time Ns</em>' attribute.
	 * @see #getStartTimeNs()
	 * @generated
	 */
	void setStartTimeNs(long value);

	/**
	 * Returns the value of the '<em><b>Duration Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the window in ns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Ns</em>' attribute.
	 * @see #setDurationNs(long)
	 * @see io.hcastudio.model.HcaPackage#getFault_DurationNs()
	 * @model
	 * @generated
	 */
	long getDurationNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Fault#getDurationNs <em>Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Ns</em>' attribute.
	 * @see #getDurationNs()
	 * @generated
	 */
	void setDurationNs(long value);

} // Fault
