/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Inbound Fan In</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Ingress MADs from remote peers outside the model converging on the interface: each of peerCount peers sends madsPerPeer MADs, intervalNs apart.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.InboundFanIn#getPeerCount <em>Peer Count</em>}</li>
 *   <li>{@link io.hcastudio.model.InboundFanIn#getMadsPerPeer <em>Mads Per Peer</em>}</li>
 *   <li>{@link io.hcastudio.model.InboundFanIn#getIntervalNs <em>Interval Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getInboundFanIn()
 * @model
 * @generated
 */
public interface InboundFanIn extends Workload {
	/**
	 * Returns the value of the '<em><b>Peer Count</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Peer Count</em>' attribute.
	 * @see #setPeerCount(int)
	 * @see io.hcastudio.model.HcaPackage#getInboundFanIn_PeerCount()
	 * @model default="1"
	 * @generated
	 */
	int getPeerCount();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.InboundFanIn#getPeerCount <em>Peer Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Peer Count</em>' attribute.
	 * @see #getPeerCount()
	 * @generated
	 */
	void setPeerCount(int value);

	/**
	 * Returns the value of the '<em><b>Mads Per Peer</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mads Per Peer</em>' attribute.
	 * @see #setMadsPerPeer(int)
	 * @see io.hcastudio.model.HcaPackage#getInboundFanIn_MadsPerPeer()
	 * @model default="1"
	 * @generated
	 */
	int getMadsPerPeer();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.InboundFanIn#getMadsPerPeer <em>Mads Per Peer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mads Per Peer</em>' attribute.
	 * @see #getMadsPerPeer()
	 * @generated
	 */
	void setMadsPerPeer(int value);

	/**
	 * Returns the value of the '<em><b>Interval Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Interval Ns</em>' attribute.
	 * @see #setIntervalNs(int)
	 * @see io.hcastudio.model.HcaPackage#getInboundFanIn_IntervalNs()
	 * @model
	 * @generated
	 */
	int getIntervalNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.InboundFanIn#getIntervalNs <em>Interval Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval Ns</em>' attribute.
	 * @see #getIntervalNs()
	 * @generated
	 */
	void setIntervalNs(int value);

} // InboundFanIn
