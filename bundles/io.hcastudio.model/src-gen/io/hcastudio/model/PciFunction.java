/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pci Function</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An SR-IOV function of an HCA: function id 0 is the physical function (the mlx4 master), 1..V the virtual functions. The mlx4 driver calls every function a slave, the PF included.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.PciFunction#getFunctionId <em>Function Id</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getSlaveNumber <em>Slave Number</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getNodeGuid <em>Node Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getVirtualMachine <em>Virtual Machine</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getHca <em>Hca</em>}</li>
 *   <li>{@link io.hcastudio.model.PciFunction#getInterfaces <em>Interfaces</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getPciFunction()
 * @model
 * @generated
 */
public interface PciFunction extends NodeElement {
	/**
	 * Returns the value of the '<em><b>Function Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function Id</em>' attribute.
	 * @see #setFunctionId(int)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_FunctionId()
	 * @model
	 * @generated
	 */
	int getFunctionId();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getFunctionId <em>Function Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function Id</em>' attribute.
	 * @see #getFunctionId()
	 * @generated
	 */
	void setFunctionId(int value);

	/**
	 * Returns the value of the '<em><b>Slave Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mlx4 slave number; also the TID most significant byte of egress MADs and the GID index on IB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slave Number</em>' attribute.
	 * @see #setSlaveNumber(int)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_SlaveNumber()
	 * @model
	 * @generated
	 */
	int getSlaveNumber();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getSlaveNumber <em>Slave Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slave Number</em>' attribute.
	 * @see #getSlaveNumber()
	 * @generated
	 */
	void setSlaveNumber(int value);

	/**
	 * Returns the value of the '<em><b>Node Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node GUID of the function; the PF driver generates VF node GUIDs, the PF's equals the HCA's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Node Guid</em>' attribute.
	 * @see #setNodeGuid(long)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_NodeGuid()
	 * @model dataType="io.hcastudio.model.Guid"
	 * @generated
	 */
	long getNodeGuid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getNodeGuid <em>Node Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Guid</em>' attribute.
	 * @see #getNodeGuid()
	 * @generated
	 */
	void setNodeGuid(long value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.FunctionOwner}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see io.hcastudio.model.FunctionOwner
	 * @see #setOwner(FunctionOwner)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_Owner()
	 * @model
	 * @generated
	 */
	FunctionOwner getOwner();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see io.hcastudio.model.FunctionOwner
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(FunctionOwner value);

	/**
	 * Returns the value of the '<em><b>Virtual Machine</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.VirtualMachine#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The VM the function is passed through to, when owner is virtualMachine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Virtual Machine</em>' reference.
	 * @see #setVirtualMachine(VirtualMachine)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_VirtualMachine()
	 * @see io.hcastudio.model.VirtualMachine#getFunctions
	 * @model opposite="functions"
	 * @generated
	 */
	VirtualMachine getVirtualMachine();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getVirtualMachine <em>Virtual Machine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Virtual Machine</em>' reference.
	 * @see #getVirtualMachine()
	 * @generated
	 */
	void setVirtualMachine(VirtualMachine value);

	/**
	 * Returns the value of the '<em><b>Hca</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.Hca#getFunctions <em>Functions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hca</em>' container reference.
	 * @see #setHca(Hca)
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_Hca()
	 * @see io.hcastudio.model.Hca#getFunctions
	 * @model opposite="functions"
	 * @generated
	 */
	Hca getHca();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.PciFunction#getHca <em>Hca</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hca</em>' container reference.
	 * @see #getHca()
	 * @generated
	 */
	void setHca(Hca value);

	/**
	 * Returns the value of the '<em><b>Interfaces</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.FunctionInterface}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.FunctionInterface#getFunction <em>Function</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interfaces</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getPciFunction_Interfaces()
	 * @see io.hcastudio.model.FunctionInterface#getFunction
	 * @model opposite="function" containment="true"
	 * @generated
	 */
	EList<FunctionInterface> getInterfaces();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is the PF (function id 0).
	 * <!-- end-model-doc -->
	 * @model kind="operation"
	 * @generated
	 */
	boolean isPhysicalFunction();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The interface on the given HCA port, or null when the function is not active there.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	FunctionInterface interfaceOn(int portNumber);

} // PciFunction
