/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port Change Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The SM changes a port's LID or its P_Key table: the PF reports LID_CHANGE or PKEY_CHANGE to the functions on the port.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.PortChangeEvent#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.PortChangeEvent#getChange <em>Change</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getPortChangeEvent()
 * @model
 * @generated
 */
public interface PortChangeEvent extends NetworkEvent {
	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The HCA port whose LID or P_Key table changes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Port)
	 * @see io.hcastudio.model.HcaPackage#getPortChangeEvent_Port()
	 * @model
	 * @generated
	 */
	Port getPort();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PortChangeEvent#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Port value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.PortChangeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What changes: the LID or the P_Key table.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see io.hcastudio.model.PortChangeKind
	 * @see #setChange(PortChangeKind)
	 * @see io.hcastudio.model.HcaPackage#getPortChangeEvent_Change()
	 * @model
	 * @generated
	 */
	PortChangeKind getChange();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PortChangeEvent#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see io.hcastudio.model.PortChangeKind
	 * @see #getChange()
	 * @generated
	 */
	void setChange(PortChangeKind value);

} // PortChangeEvent
