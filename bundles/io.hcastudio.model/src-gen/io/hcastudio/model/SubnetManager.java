/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Subnet Manager</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where the SM/SA runs and how it answers: the SA service time bounds PathRecord latency, subnet_timeout becomes the PathRecord PacketLifeTime.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.SubnetManager#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.SubnetManager#getSaServiceTimeNs <em>Sa Service Time Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.SubnetManager#getSubnetTimeout <em>Subnet Timeout</em>}</li>
 *   <li>{@link io.hcastudio.model.SubnetManager#getSaMaxQueueTimeMs <em>Sa Max Queue Time Ms</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getSubnetManager()
 * @model
 * @generated
 */
public interface SubnetManager extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port the SM/SA is reached through.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Port)
	 * @see io.hcastudio.model.HcaPackage#getSubnetManager_Port()
	 * @model
	 * @generated
	 */
	Port getPort();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SubnetManager#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Port value);

	/**
	 * Returns the value of the '<em><b>Sa Service Time Ns</b></em>' attribute.
	 * The default value is <code>"20000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Time the SA needs to answer one PathRecord query (single server queue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sa Service Time Ns</em>' attribute.
	 * @see #setSaServiceTimeNs(int)
	 * @see io.hcastudio.model.HcaPackage#getSubnetManager_SaServiceTimeNs()
	 * @model default="20000"
	 * @generated
	 */
	int getSaServiceTimeNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SubnetManager#getSaServiceTimeNs <em>Sa Service Time Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sa Service Time Ns</em>' attribute.
	 * @see #getSaServiceTimeNs()
	 * @generated
	 */
	void setSaServiceTimeNs(int value);

	/**
	 * Returns the value of the '<em><b>Subnet Timeout</b></em>' attribute.
	 * The default value is <code>"18"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OpenSM subnet_timeout exponent (PacketLifeTime = 4.096 us * 2^value); OpenSM default 18.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subnet Timeout</em>' attribute.
	 * @see #setSubnetTimeout(int)
	 * @see io.hcastudio.model.HcaPackage#getSubnetManager_SubnetTimeout()
	 * @model default="18"
	 * @generated
	 */
	int getSubnetTimeout();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SubnetManager#getSubnetTimeout <em>Subnet Timeout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subnet Timeout</em>' attribute.
	 * @see #getSubnetTimeout()
	 * @generated
	 */
	void setSubnetTimeout(int value);

	/**
	 * Returns the value of the '<em><b>Sa Max Queue Time Ms</b></em>' attribute.
	 * The default value is <code>"10000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * OpenSM max_msg_fifo_timeout: the SA drops an arriving request while more than one waits and the last one taken waited longer than this (ms); 0 never drops. OpenSM default 10000 (50 x transaction_timeout).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sa Max Queue Time Ms</em>' attribute.
	 * @see #setSaMaxQueueTimeMs(int)
	 * @see io.hcastudio.model.HcaPackage#getSubnetManager_SaMaxQueueTimeMs()
	 * @model default="10000"
	 * @generated
	 */
	int getSaMaxQueueTimeMs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SubnetManager#getSaMaxQueueTimeMs <em>Sa Max Queue Time Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sa Max Queue Time Ms</em>' attribute.
	 * @see #getSaMaxQueueTimeMs()
	 * @generated
	 */
	void setSaMaxQueueTimeMs(int value);

} // SubnetManager
