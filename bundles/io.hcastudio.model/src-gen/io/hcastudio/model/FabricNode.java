/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Fabric Node</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An InfiniBand node as ibnetdiscover sees it. Only the ports that matter (usually the cabled ones) are listed; portCount is the node's real number of ports.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.FabricNode#getNodeGuid <em>Node Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getSystemImageGuid <em>System Image Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getNodeDescription <em>Node Description</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getPortCount <em>Port Count</em>}</li>
 *   <li>{@link io.hcastudio.model.FabricNode#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getFabricNode()
 * @model abstract="true"
 * @generated
 */
public interface FabricNode extends NodeElement {
	/**
	 * Returns the value of the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Guid</em>' attribute.
	 * @see #setNodeGuid(long)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_NodeGuid()
	 * @model dataType="io.hcastudio.model.Guid"
	 * @generated
	 */
	long getNodeGuid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getNodeGuid <em>Node Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Guid</em>' attribute.
	 * @see #getNodeGuid()
	 * @generated
	 */
	void setNodeGuid(long value);

	/**
	 * Returns the value of the '<em><b>System Image Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System image GUID: equal for all nodes of one chassis or adapter card.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System Image Guid</em>' attribute.
	 * @see #setSystemImageGuid(long)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_SystemImageGuid()
	 * @model dataType="io.hcastudio.model.Guid"
	 * @generated
	 */
	long getSystemImageGuid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getSystemImageGuid <em>System Image Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System Image Guid</em>' attribute.
	 * @see #getSystemImageGuid()
	 * @generated
	 */
	void setSystemImageGuid(long value);

	/**
	 * Returns the value of the '<em><b>Node Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NodeDescription string reported by the node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Description</em>' attribute.
	 * @see #setNodeDescription(String)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_NodeDescription()
	 * @model
	 * @generated
	 */
	String getNodeDescription();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getNodeDescription <em>Node Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Description</em>' attribute.
	 * @see #getNodeDescription()
	 * @generated
	 */
	void setNodeDescription(String value);

	/**
	 * Returns the value of the '<em><b>Vendor Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor Id</em>' attribute.
	 * @see #setVendorId(int)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_VendorId()
	 * @model
	 * @generated
	 */
	int getVendorId();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getVendorId <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor Id</em>' attribute.
	 * @see #getVendorId()
	 * @generated
	 */
	void setVendorId(int value);

	/**
	 * Returns the value of the '<em><b>Device Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Device Id</em>' attribute.
	 * @see #setDeviceId(int)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_DeviceId()
	 * @model
	 * @generated
	 */
	int getDeviceId();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getDeviceId <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device Id</em>' attribute.
	 * @see #getDeviceId()
	 * @generated
	 */
	void setDeviceId(int value);

	/**
	 * Returns the value of the '<em><b>Port Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Port Count</em>' attribute.
	 * @see #setPortCount(int)
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_PortCount()
	 * @model default="1"
	 * @generated
	 */
	int getPortCount();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FabricNode#getPortCount <em>Port Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Count</em>' attribute.
	 * @see #getPortCount()
	 * @generated
	 */
	void setPortCount(int value);

	/**
	 * Returns the value of the '<em><b>Ports</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Port}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.Port#getNode <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ports</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getFabricNode_Ports()
	 * @see io.hcastudio.model.Port#getNode
	 * @model opposite="node" containment="true"
	 * @generated
	 */
	EList<Port> getPorts();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The listed port with this number, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Port port(int number);

} // FabricNode
