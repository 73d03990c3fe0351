/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Function Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A function active on one HCA port: the unit that has its own tunnel context in the PF driver and that cmtime binds to (the commit test bed has 9 functions x 2 ports = 18 interfaces).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.FunctionInterface#getPortNumber <em>Port Number</em>}</li>
 *   <li>{@link io.hcastudio.model.FunctionInterface#getAliasGuid <em>Alias Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.FunctionInterface#getIpoibName <em>Ipoib Name</em>}</li>
 *   <li>{@link io.hcastudio.model.FunctionInterface#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link io.hcastudio.model.FunctionInterface#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getFunctionInterface()
 * @model
 * @generated
 */
public interface FunctionInterface extends EObject {
	/**
	 * Returns the value of the '<em><b>Port Number</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of the HCA port (1-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port Number</em>' attribute.
	 * @see #setPortNumber(int)
	 * @see io.hcastudio.model.HcaPackage#getFunctionInterface_PortNumber()
	 * @model default="1"
	 * @generated
	 */
	int getPortNumber();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionInterface#getPortNumber <em>Port Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port Number</em>' attribute.
	 * @see #getPortNumber()
	 * @generated
	 */
	void setPortNumber(int value);

	/**
	 * Returns the value of the '<em><b>Alias Guid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Alias port GUID of the function on this port; the demux looks destination GIDs up by it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alias Guid</em>' attribute.
	 * @see #setAliasGuid(long)
	 * @see io.hcastudio.model.HcaPackage#getFunctionInterface_AliasGuid()
	 * @model dataType="io.hcastudio.model.Guid"
	 * @generated
	 */
	long getAliasGuid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionInterface#getAliasGuid <em>Alias Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alias Guid</em>' attribute.
	 * @see #getAliasGuid()
	 * @generated
	 */
	void setAliasGuid(long value);

	/**
	 * Returns the value of the '<em><b>Ipoib Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * IPoIB network interface name, e.g. ib0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipoib Name</em>' attribute.
	 * @see #setIpoibName(String)
	 * @see io.hcastudio.model.HcaPackage#getFunctionInterface_IpoibName()
	 * @model
	 * @generated
	 */
	String getIpoibName();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionInterface#getIpoibName <em>Ipoib Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipoib Name</em>' attribute.
	 * @see #getIpoibName()
	 * @generated
	 */
	void setIpoibName(String value);

	/**
	 * Returns the value of the '<em><b>Ip Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ip Address</em>' attribute.
	 * @see #setIpAddress(String)
	 * @see io.hcastudio.model.HcaPackage#getFunctionInterface_IpAddress()
	 * @model
	 * @generated
	 */
	String getIpAddress();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionInterface#getIpAddress <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ip Address</em>' attribute.
	 * @see #getIpAddress()
	 * @generated
	 */
	void setIpAddress(String value);

	/**
	 * Returns the value of the '<em><b>Function</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.PciFunction#getInterfaces <em>Interfaces</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' container reference.
	 * @see #setFunction(PciFunction)
	 * @see io.hcastudio.model.HcaPackage#getFunctionInterface_Function()
	 * @see io.hcastudio.model.PciFunction#getInterfaces
	 * @model opposite="interfaces"
	 * @generated
	 */
	PciFunction getFunction();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.FunctionInterface#getFunction <em>Function</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' container reference.
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(PciFunction value);

} // FunctionInterface
