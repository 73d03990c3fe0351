/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kworker Stall Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something else (a vCPU thread, an interrupt storm) takes cpus of the HCA host's kworker CPUs during the window, so the proxy's work items start late.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.KworkerStallFault#getHca <em>Hca</em>}</li>
 *   <li>{@link io.hcastudio.model.KworkerStallFault#getCpus <em>Cpus</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getKworkerStallFault()
 * @model
 * @generated
 */
public interface KworkerStallFault extends Fault {
	/**
	 * Returns the value of the '<em><b>Hca</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SR-IOV HCA whose PF driver's kworkers lose their CPUs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hca</em>' reference.
	 * @see #setHca(Hca)
	 * @see io.hcastudio.model.HcaPackage#getKworkerStallFault_Hca()
	 * @model
	 * @generated
	 */
	Hca getHca();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.KworkerStallFault#getHca <em>Hca</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hca</em>' reference.
	 * @see #getHca()
	 * @generated
	 */
	void setHca(Hca value);

	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kworker CPUs taken; as many as the driver profile's kworkerCpus (or more) stalls the proxy completely.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #setCpus(int)
	 * @see io.hcastudio.model.HcaPackage#getKworkerStallFault_Cpus()
	 * @model default="1"
	 * @generated
	 */
	int getCpus();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.KworkerStallFault#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(int value);

} // KworkerStallFault
