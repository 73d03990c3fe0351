/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that happens on the fabric at timeNs and that the PF driver reports to the functions as port events (mlx4_ib_event, handle_port_mgmt_change_event).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.NetworkEvent#getTimeNs <em>Time Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getNetworkEvent()
 * @model abstract="true"
 * @generated
 */
public interface NetworkEvent extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Time Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the event happens, in ns of simulated time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Ns</em>' attribute.
	 * @see #setTimeNs(long)
	 * @see io.hcastudio.model.HcaPackage#getNetworkEvent_TimeNs()
	 * @model
	 * @generated
	 */
	long getTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.NetworkEvent#getTimeNs <em>Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Ns</em>' attribute.
	 * @see #getTimeNs()
	 * @generated
	 */
	void setTimeNs(long value);

} // NetworkEvent
