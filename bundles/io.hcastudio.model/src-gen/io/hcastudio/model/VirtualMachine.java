/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Virtual Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A guest that VFs are passed through to; its vCPU count bounds how fast its cmtime instances issue requests.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.VirtualMachine#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link io.hcastudio.model.VirtualMachine#getHost <em>Host</em>}</li>
 *   <li>{@link io.hcastudio.model.VirtualMachine#getFunctions <em>Functions</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getVirtualMachine()
 * @model
 * @generated
 */
public interface VirtualMachine extends NodeElement {
	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see io.hcastudio.model.HcaPackage#getVirtualMachine_Vcpus()
	 * @model default="1"
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.VirtualMachine#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.Host#getVirtualMachines <em>Virtual Machines</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see io.hcastudio.model.HcaPackage#getVirtualMachine_Host()
	 * @see io.hcastudio.model.Host#getVirtualMachines
	 * @model opposite="virtualMachines"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.VirtualMachine#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' reference list.
	 * The list contents are of type {@link io.hcastudio.model.PciFunction}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.PciFunction#getVirtualMachine <em>Virtual Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' reference list.
	 * @see io.hcastudio.model.HcaPackage#getVirtualMachine_Functions()
	 * @see io.hcastudio.model.PciFunction#getVirtualMachine
	 * @model opposite="virtualMachine" transient="true"
	 * @generated
	 */
	EList<PciFunction> getFunctions();

} // VirtualMachine
