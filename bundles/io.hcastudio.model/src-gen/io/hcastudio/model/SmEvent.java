/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sm Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The subnet manager asks every port to re-register (PortInfo ClientReregister), or a standby SM takes over after the master is lost (failover) and then asks for re-registration; the PF turns the request into one port event per function of each port (mlx4_gen_slaves_port_mgt_ev).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.SmEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link io.hcastudio.model.SmEvent#getFailoverGapNs <em>Failover Gap Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getSmEvent()
 * @model
 * @generated
 */
public interface SmEvent extends NetworkEvent {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.SmEventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ClientReregister alone, or a failover (SA silent for failoverGapNs, then ClientReregister).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.hcastudio.model.SmEventKind
	 * @see #setKind(SmEventKind)
	 * @see io.hcastudio.model.HcaPackage#getSmEvent_Kind()
	 * @model
	 * @generated
	 */
	SmEventKind getKind();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SmEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.hcastudio.model.SmEventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SmEventKind value);

	/**
	 * Returns the value of the '<em><b>Failover Gap Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a failover: how long no SM answers before the new master sweeps, in ns. 0 is a planned handover; OpenSM's standby declares the master lost after polling_retry_number (4) polls sminfo_polling_timeout (10 s) apart.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Failover Gap Ns</em>' attribute.
	 * @see #setFailoverGapNs(long)
	 * @see io.hcastudio.model.HcaPackage#getSmEvent_FailoverGapNs()
	 * @model
	 * @generated
	 */
	long getFailoverGapNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.SmEvent#getFailoverGapNs <em>Failover Gap Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Failover Gap Ns</em>' attribute.
	 * @see #getFailoverGapNs()
	 * @generated
	 */
	void setFailoverGapNs(long value);

} // SmEvent
