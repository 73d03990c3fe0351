/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cmtime Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An rdma-core cmtime process (2018 behaviour) bound to the interface.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.CmtimeInstance#getRole <em>Role</em>}</li>
 *   <li>{@link io.hcastudio.model.CmtimeInstance#getPeer <em>Peer</em>}</li>
 *   <li>{@link io.hcastudio.model.CmtimeInstance#getConnections <em>Connections</em>}</li>
 *   <li>{@link io.hcastudio.model.CmtimeInstance#getTimeoutMs <em>Timeout Ms</em>}</li>
 *   <li>{@link io.hcastudio.model.CmtimeInstance#getRetries <em>Retries</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance()
 * @model
 * @generated
 */
public interface CmtimeInstance extends Workload {
	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.CmtimeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see io.hcastudio.model.CmtimeRole
	 * @see #setRole(CmtimeRole)
	 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance_Role()
	 * @model
	 * @generated
	 */
	CmtimeRole getRole();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.CmtimeInstance#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see io.hcastudio.model.CmtimeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(CmtimeRole value);

	/**
	 * Returns the value of the '<em><b>Peer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a client: the server instance it connects to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Peer</em>' reference.
	 * @see #setPeer(CmtimeInstance)
	 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance_Peer()
	 * @model
	 * @generated
	 */
	CmtimeInstance getPeer();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.CmtimeInstance#getPeer <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer</em>' reference.
	 * @see #getPeer()
	 * @generated
	 */
	void setPeer(CmtimeInstance value);

	/**
	 * Returns the value of the '<em><b>Connections</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cmtime -c.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connections</em>' attribute.
	 * @see #setConnections(int)
	 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance_Connections()
	 * @model default="100"
	 * @generated
	 */
	int getConnections();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.CmtimeInstance#getConnections <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connections</em>' attribute.
	 * @see #getConnections()
	 * @generated
	 */
	void setConnections(int value);

	/**
	 * Returns the value of the '<em><b>Timeout Ms</b></em>' attribute.
	 * The default value is <code>"2000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cmtime -t: address and route resolution timeout.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Timeout Ms</em>' attribute.
	 * @see #setTimeoutMs(int)
	 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance_TimeoutMs()
	 * @model default="2000"
	 * @generated
	 */
	int getTimeoutMs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.CmtimeInstance#getTimeoutMs <em>Timeout Ms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Ms</em>' attribute.
	 * @see #getTimeoutMs()
	 * @generated
	 */
	void setTimeoutMs(int value);

	/**
	 * Returns the value of the '<em><b>Retries</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * cmtime -r: retries of a failed resolution step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Retries</em>' attribute.
	 * @see #setRetries(int)
	 * @see io.hcastudio.model.HcaPackage#getCmtimeInstance_Retries()
	 * @model default="2"
	 * @generated
	 */
	int getRetries();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.CmtimeInstance#getRetries <em>Retries</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Retries</em>' attribute.
	 * @see #getRetries()
	 * @generated
	 */
	void setRetries(int value);

} // CmtimeInstance
