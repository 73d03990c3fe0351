/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A link goes down at timeNs and comes up again downDurationNs later: set one link, one port (the link ends at it) or one switch (every link of the switch). The simulated HCA ports at the link ends go down, discard every MAD meanwhile and report PORT_ERR and then PORT_ACTIVE to every function on them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.LinkEvent#getLink <em>Link</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkEvent#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkEvent#getFabricSwitch <em>Fabric Switch</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkEvent#getDownDurationNs <em>Down Duration Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getLinkEvent()
 * @model
 * @generated
 */
public interface LinkEvent extends NetworkEvent {
	/**
	 * Returns the value of the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The link that goes down. Set one of link, port and fabricSwitch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' reference.
	 * @see #setLink(Link)
	 * @see io.hcastudio.model.HcaPackage#getLinkEvent_Link()
	 * @model
	 * @generated
	 */
	Link getLink();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkEvent#getLink <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(Link value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port whose link goes down. Set one of link, port and fabricSwitch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Port)
	 * @see io.hcastudio.model.HcaPackage#getLinkEvent_Port()
	 * @model
	 * @generated
	 */
	Port getPort();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkEvent#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Port value);

	/**
	 * Returns the value of the '<em><b>Fabric Switch</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The switch whose every link goes down (a switch reboot). Set one of link, port and fabricSwitch.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fabric Switch</em>' reference.
	 * @see #setFabricSwitch(Switch)
	 * @see io.hcastudio.model.HcaPackage#getLinkEvent_FabricSwitch()
	 * @model
	 * @generated
	 */
	Switch getFabricSwitch();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkEvent#getFabricSwitch <em>Fabric Switch</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fabric Switch</em>' reference.
	 * @see #getFabricSwitch()
	 * @generated
	 */
	void setFabricSwitch(Switch value);

	/**
	 * Returns the value of the '<em><b>Down Duration Ns</b></em>' attribute.
	 * The default value is <code>"50000000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How long the link stays down, in ns; 0: it stays down until the end of the run.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Down Duration Ns</em>' attribute.
	 * @see #setDownDurationNs(long)
	 * @see io.hcastudio.model.HcaPackage#getLinkEvent_DownDurationNs()
	 * @model default="50000000"
	 * @generated
	 */
	long getDownDurationNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkEvent#getDownDurationNs <em>Down Duration Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Down Duration Ns</em>' attribute.
	 * @see #getDownDurationNs()
	 * @generated
	 */
	void setDownDurationNs(long value);

} // LinkEvent
