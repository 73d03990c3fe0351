/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hca</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A host channel adapter (CA). With SR-IOV enabled it exposes a physical function and virtual functions, all multiplexed by the PF driver's MAD proxy according to its driver profile.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Hca#getModelName <em>Model Name</em>}</li>
 *   <li>{@link io.hcastudio.model.Hca#getMaxVirtualFunctions <em>Max Virtual Functions</em>}</li>
 *   <li>{@link io.hcastudio.model.Hca#getHost <em>Host</em>}</li>
 *   <li>{@link io.hcastudio.model.Hca#getFunctions <em>Functions</em>}</li>
 *   <li>{@link io.hcastudio.model.Hca#getDriverProfile <em>Driver Profile</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getHca()
 * @model
 * @generated
 */
public interface Hca extends FabricNode {
	/**
	 * Returns the value of the '<em><b>Model Name</b></em>' attribute.
	 * The default value is <code>"ConnectX-3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Marketing model name, e.g. ConnectX-3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model Name</em>' attribute.
	 * @see #setModelName(String)
	 * @see io.hcastudio.model.HcaPackage#getHca_ModelName()
	 * @model default="ConnectX-3"
	 * @generated
	 */
	String getModelName();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Hca#getModelName <em>Model Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model Name</em>' attribute.
	 * @see #getModelName()
	 * @generated
	 */
	void setModelName(String value);

	/**
	 * Returns the value of the '<em><b>Max Virtual Functions</b></em>' attribute.
	 * The default value is <code>"64"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many VFs this HCA can expose (firmware num_vfs limit).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Virtual Functions</em>' attribute.
	 * @see #setMaxVirtualFunctions(int)
	 * @see io.hcastudio.model.HcaPackage#getHca_MaxVirtualFunctions()
	 * @model default="64"
	 * @generated
	 */
	int getMaxVirtualFunctions();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Hca#getMaxVirtualFunctions <em>Max Virtual Functions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Virtual Functions</em>' attribute.
	 * @see #getMaxVirtualFunctions()
	 * @generated
	 */
	void setMaxVirtualFunctions(int value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.Host#getHcas <em>Hcas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Host</em>' container reference.
	 * @see #setHost(Host)
	 * @see io.hcastudio.model.HcaPackage#getHca_Host()
	 * @see io.hcastudio.model.Host#getHcas
	 * @model opposite="hcas"
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Hca#getHost <em>Host</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' container reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Functions</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.PciFunction}.
	 * It is bidirectional and its opposite is '{@link io.hcastudio.model.PciFunction#getHca <em>Hca</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Functions</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getHca_Functions()
	 * @see io.hcastudio.model.PciFunction#getHca
	 * @model opposite="hca" containment="true"
	 * @generated
	 */
	EList<PciFunction> getFunctions();

	/**
	 * Returns the value of the '<em><b>Driver Profile</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Driver Profile</em>' containment reference.
	 * @see #setDriverProfile(DriverProfile)
	 * @see io.hcastudio.model.HcaPackage#getHca_DriverProfile()
	 * @model containment="true"
	 * @generated
	 */
	DriverProfile getDriverProfile();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Hca#getDriverProfile <em>Driver Profile</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Driver Profile</em>' containment reference.
	 * @see #getDriverProfile()
	 * @generated
	 */
	void setDriverProfile(DriverProfile value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The function with id 0, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	PciFunction physicalFunction();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All functions except the PF, in document order.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	EList<PciFunction> virtualFunctions();

} // Hca
