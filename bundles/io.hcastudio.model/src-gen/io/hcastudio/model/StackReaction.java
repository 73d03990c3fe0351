/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stack Reaction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a function's stack does after a port event: IPoIB rejoins its multicast groups and re-resolves the path of each neighbour (an SA PathRecord query), and rdma_cm users (RDS) re-establish their connections. Without a function it is the default of every function in the scenario.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.StackReaction#getFunction <em>Function</em>}</li>
 *   <li>{@link io.hcastudio.model.StackReaction#getMulticastGroups <em>Multicast Groups</em>}</li>
 *   <li>{@link io.hcastudio.model.StackReaction#getNeighbours <em>Neighbours</em>}</li>
 *   <li>{@link io.hcastudio.model.StackReaction#getConnections <em>Connections</em>}</li>
 *   <li>{@link io.hcastudio.model.StackReaction#getPeer <em>Peer</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getStackReaction()
 * @model
 * @generated
 */
public interface StackReaction extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function (a VM's VF, or a PF) this reaction is for; none: every function without its own reaction.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Function</em>' reference.
	 * @see #setFunction(PciFunction)
	 * @see io.hcastudio.model.HcaPackage#getStackReaction_Function()
	 * @model
	 * @generated
	 */
	PciFunction getFunction();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.StackReaction#getFunction <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' reference.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(PciFunction value);

	/**
	 * Returns the value of the '<em><b>Multicast Groups</b></em>' attribute.
	 * The default value is <code>"4"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Multicast groups the function's IPoIB interface joins again (broadcast, all-hosts, all-nodes, solicited-node by default); 0: no IPoIB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Multicast Groups</em>' attribute.
	 * @see #setMulticastGroups(int)
	 * @see io.hcastudio.model.HcaPackage#getStackReaction_MulticastGroups()
	 * @model default="4"
	 * @generated
	 */
	int getMulticastGroups();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.StackReaction#getMulticastGroups <em>Multicast Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multicast Groups</em>' attribute.
	 * @see #getMulticastGroups()
	 * @generated
	 */
	void setMulticastGroups(int value);

	/**
	 * Returns the value of the '<em><b>Neighbours</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Neighbours whose path IPoIB resolves again with one SA PathRecord query each.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Neighbours</em>' attribute.
	 * @see #setNeighbours(int)
	 * @see io.hcastudio.model.HcaPackage#getStackReaction_Neighbours()
	 * @model default="8"
	 * @generated
	 */
	int getNeighbours();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.StackReaction#getNeighbours <em>Neighbours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Neighbours</em>' attribute.
	 * @see #getNeighbours()
	 * @generated
	 */
	void setNeighbours(int value);

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * rdma_cm connections re-established after a link event or a LID change (RDS reconnects every connection).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections</em>' attribute.
	 * @see #setConnections(int)
	 * @see io.hcastudio.model.HcaPackage#getStackReaction_Connections()
	 * @model default="0"
	 * @generated
	 */
	int getConnections();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.StackReaction#getConnections <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections</em>' attribute.
	 * @see #getConnections()
	 * @generated
	 */
	void setConnections(int value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function the connections go to; none: the same function number on the next simulated host.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer</em>' reference.
	 * @see #setPeer(PciFunction)
	 * @see io.hcastudio.model.HcaPackage#getStackReaction_Peer()
	 * @model
	 * @generated
	 */
	PciFunction getPeer();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.StackReaction#getPeer <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' reference.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(PciFunction value);

} // StackReaction
