/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Root of a .hcatopo file: the physical fabric, its SR-IOV overlay, the subnet manager and the scenarios to simulate on it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Topology#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getHosts <em>Hosts</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getSwitches <em>Switches</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getRouters <em>Routers</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getLinks <em>Links</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getSubnetManager <em>Subnet Manager</em>}</li>
 *   <li>{@link io.hcastudio.model.Topology#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getTopology()
 * @model
 * @generated
 */
public interface Topology extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Version of the file layout this model was read from or will be written as; set by the resource on save, checked and migrated on load.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see io.hcastudio.model.HcaPackage#getTopology_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Topology#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.hcastudio.model.HcaPackage#getTopology_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Topology#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Host}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTopology_Hosts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

	/**
	 * Returns the value of the '<em><b>Switches</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Switch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Switches</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTopology_Switches()
	 * @model containment="true"
	 * @generated
	 */
	EList<Switch> getSwitches();

	/**
	 * Returns the value of the '<em><b>Routers</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Router}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routers</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTopology_Routers()
	 * @model containment="true"
	 * @generated
	 */
	EList<Router> getRouters();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Link}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTopology_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<Link> getLinks();

	/**
	 * Returns the value of the '<em><b>Subnet Manager</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subnet Manager</em>' containment reference.
	 * @see #setSubnetManager(SubnetManager)
	 * @see io.hcastudio.model.HcaPackage#getTopology_SubnetManager()
	 * @model containment="true"
	 * @generated
	 */
	SubnetManager getSubnetManager();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Topology#getSubnetManager <em>Subnet Manager</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet Manager</em>' containment reference.
	 * @see #getSubnetManager()
	 * @generated
	 */
	void setSubnetManager(SubnetManager value);

	/**
	 * Returns the value of the '<em><b>Scenarios</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Scenario}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scenarios</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getTopology_Scenarios()
	 * @model containment="true"
	 * @generated
	 */
	EList<Scenario> getScenarios();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All HCAs of all hosts, in document order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<Hca> allHcas();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All HCAs, switches and routers, in document order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<FabricNode> allFabricNodes();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first link attached to the port, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Link linkOf(Port port);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function's interface on the given HCA port, or null when the function is not active there.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	FunctionInterface interfaceOf(PciFunction function, int portNumber);

} // Topology
