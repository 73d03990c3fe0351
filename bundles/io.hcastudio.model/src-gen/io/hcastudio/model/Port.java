/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Port</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A physical port of an HCA, switch or router.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Port#getNumber <em>Number</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getPortGuid <em>Port Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getLid <em>Lid</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getLmc <em>Lmc</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getLinkLayer <em>Link Layer</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getWidth <em>Width</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getSpeed <em>Speed</em>}</li>
 *   <li>{@link io.hcastudio.model.Port#getNode <em>Node</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getPort()
 * @model
 * @generated
 */
public interface Port extends EObject {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see io.hcastudio.model.HcaPackage#getPort_Number()
	 * @model default="1"
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

	/**
	 * Returns the value of the '<em><b>Port Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Port GUID; 0 for switch external ports, which have none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port Guid</em>' attribute.
	 * @see #setPortGuid(long)
	 * @see io.hcastudio.model.HcaPackage#getPort_PortGuid()
	 * @model dataType="io.hcastudio.model.Guid"
	 * @generated
	 */
	long getPortGuid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getPortGuid <em>Port Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Guid</em>' attribute.
	 * @see #getPortGuid()
	 * @generated
	 */
	void setPortGuid(long value);

	/**
	 * Returns the value of the '<em><b>Lid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base LID; 0 while unassigned (switch external ports never have one).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lid</em>' attribute.
	 * @see #setLid(int)
	 * @see io.hcastudio.model.HcaPackage#getPort_Lid()
	 * @model
	 * @generated
	 */
	int getLid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getLid <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lid</em>' attribute.
	 * @see #getLid()
	 * @generated
	 */
	void setLid(int value);

	/**
	 * Returns the value of the '<em><b>Lmc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * LID mask control: the port answers 2^lmc consecutive LIDs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Lmc</em>' attribute.
	 * @see #setLmc(int)
	 * @see io.hcastudio.model.HcaPackage#getPort_Lmc()
	 * @model
	 * @generated
	 */
	int getLmc();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getLmc <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lmc</em>' attribute.
	 * @see #getLmc()
	 * @generated
	 */
	void setLmc(int value);

	/**
	 * Returns the value of the '<em><b>Link Layer</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.LinkLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Link Layer</em>' attribute.
	 * @see io.hcastudio.model.LinkLayer
	 * @see #setLinkLayer(LinkLayer)
	 * @see io.hcastudio.model.HcaPackage#getPort_LinkLayer()
	 * @model
	 * @generated
	 */
	LinkLayer getLinkLayer();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getLinkLayer <em>Link Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link Layer</em>' attribute.
	 * @see io.hcastudio.model.LinkLayer
	 * @see #getLinkLayer()
	 * @generated
	 */
	void setLinkLayer(LinkLayer value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"4x"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.LinkWidth}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active link width.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see io.hcastudio.model.LinkWidth
	 * @see #setWidth(LinkWidth)
	 * @see io.hcastudio.model.HcaPackage#getPort_Width()
	 * @model default="4x"
	 * @generated
	 */
	LinkWidth getWidth();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see io.hcastudio.model.LinkWidth
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(LinkWidth value);

	/**
	 * Returns the value of the '<em><b>Speed</b></em>' attribute.
	 * The default value is <code>"FDR"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.LinkSpeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Active link speed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Speed</em>' attribute.
	 * @see io.hcastudio.model.LinkSpeed
	 * @see #setSpeed(LinkSpeed)
	 * @see io.hcastudio.model.HcaPackage#getPort_Speed()
	 * @model default="FDR"
	 * @generated
	 */
	LinkSpeed getSpeed();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getSpeed <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed</em>' attribute.
	 * @see io.hcastudio.model.LinkSpeed
	 * @see #getSpeed()
	 * @generated
	 */
	void setSpeed(LinkSpeed value);

	/**
	 * Returns the value of the '<em><b>Node</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.FabricNode#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node</em>' container reference.
	 * @see #setNode(FabricNode)
	 * @see io.hcastudio.model.HcaPackage#getPort_Node()
	 * @see io.hcastudio.model.FabricNode#getPorts
	 * @model opposite="ports"
	 * @generated
	 */
	FabricNode getNode();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Port#getNode <em>Node</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node</em>' container reference.
	 * @see #getNode()
	 * @generated
	 */
	void setNode(FabricNode value);

} // Port
