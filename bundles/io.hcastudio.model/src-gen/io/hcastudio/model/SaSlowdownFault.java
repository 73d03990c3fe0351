/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sa Slowdown Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The SA serves slowly and with a bounded queue during the window.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.SaSlowdownFault#getExtraServiceTimeNs <em>Extra Service Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.SaSlowdownFault#getQueueCapacity <em>Queue Capacity</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getSaSlowdownFault()
 * @model
 * @generated
 */
public interface SaSlowdownFault extends Fault {
	/**
	 * Returns the value of the '<em><b>Extra Service Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra service time of every SA request taken into service in the window, in ns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Service Time Ns</em>' attribute.
	 * @see #setExtraServiceTimeNs(long)
	 * @see io.hcastudio.model.HcaPackage#getSaSlowdownFault_ExtraServiceTimeNs()
	 * @model
	 * @generated
	 */
	long getExtraServiceTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SaSlowdownFault#getExtraServiceTimeNs <em>Extra Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Service Time Ns</em>' attribute.
	 * @see #getExtraServiceTimeNs()
	 * @generated
	 */
	void setExtraServiceTimeNs(long value);

	/**
	 * Returns the value of the '<em><b>Queue Capacity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Requests the SA holds (queued or in service) at most during the window; one more is dropped. 0: no bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Queue Capacity</em>' attribute.
	 * @see #setQueueCapacity(int)
	 * @see io.hcastudio.model.HcaPackage#getSaSlowdownFault_QueueCapacity()
	 * @model
	 * @generated
	 */
	int getQueueCapacity();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SaSlowdownFault#getQueueCapacity <em>Queue Capacity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Queue Capacity</em>' attribute.
	 * @see #getQueueCapacity()
	 * @generated
	 */
	void setQueueCapacity(int value);

} // SaSlowdownFault
