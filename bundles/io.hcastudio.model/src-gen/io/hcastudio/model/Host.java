/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A server (or the subnet manager's machine) that carries HCAs and virtual machines.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Host#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.Host#getHcas <em>Hcas</em>}</li>
 *   <li>{@link io.hcastudio.model.Host#getVirtualMachines <em>Virtual Machines</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends NodeElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see io.hcastudio.model.HcaPackage#getHost_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Host#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Hcas</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.Hca}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.Hca#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hcas</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getHost_Hcas()
	 * @see io.hcastudio.model.Hca#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<Hca> getHcas();

	/**
	 * Returns the value of the '<em><b>Virtual Machines</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.VirtualMachine}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.VirtualMachine#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Virtual Machines</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getHost_VirtualMachines()
	 * @see io.hcastudio.model.VirtualMachine#getHost
	 * @model opposite="host" containment="true"
	 * @generated
	 */
	EList<VirtualMachine> getVirtualMachines();

} // Host
