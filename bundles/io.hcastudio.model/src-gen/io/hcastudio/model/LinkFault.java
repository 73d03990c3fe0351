/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A fault on a link or a port (the link ends at it): while the window is open the port is down (every MAD through it is discarded: a link flap), or each MAD through it is lost with lossProbability (as ibsim's Error command drops MADs at a port) and a surviving one arrives extraLatencyNs late.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.LinkFault#getLink <em>Link</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkFault#getPort <em>Port</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkFault#isDown <em>Down</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkFault#getLossProbability <em>Loss Probability</em>}</li>
 *   <li>{@link io.hcastudio.model.LinkFault#getExtraLatencyNs <em>Extra Latency Ns</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getLinkFault()
 * @model
 * @generated
 */
public interface LinkFault extends Fault {
	/**
	 * Returns the value of the '<em><b>Link</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The faulty link; it must end at a simulated HCA port or at the subnet manager's port. Set either link or port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Link</em>' reference.
	 * @see #setLink(Link)
	 * @see io.hcastudio.model.HcaPackage#getLinkFault_Link()
	 * @model
	 * @generated
	 */
	Link getLink();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkFault#getLink <em>Link</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Link</em>' reference.
	 * @see #getLink()
	 * @generated
	 */
	void setLink(Link value);

	/**
	 * Returns the value of the '<em><b>Port</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The faulty port: an HCA port the simulator runs, or the subnet manager's port. Set either link or port.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Port</em>' reference.
	 * @see #setPort(Port)
	 * @see io.hcastudio.model.HcaPackage#getLinkFault_Port()
	 * @model
	 * @generated
	 */
	Port getPort();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkFault#getPort <em>Port</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Port</em>' reference.
	 * @see #getPort()
	 * @generated
	 */
	void setPort(Port value);

	/**
	 * Returns the value of the '<em><b>Down</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The port is down during the window: every MAD through it is discarded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Down</em>' attribute.
	 * @see #setDown(boolean)
	 * @see io.hcastudio.model.HcaPackage#getLinkFault_Down()
	 * @model
	 * @generated
	 */
	boolean isDown();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkFault#isDown <em>Down</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Down</em>' attribute.
	 * @see #isDown()
	 * @generated
	 */
	void setDown(boolean value);

	/**
	 * Returns the value of the '<em><b>Loss Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Probability (0 to 1) that a MAD through the port is lost, drawn per MAD from the run's seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss Probability</em>' attribute.
	 * @see #setLossProbability(double)
	 * @see io.hcastudio.model.HcaPackage#getLinkFault_LossProbability()
	 * @model
	 * @generated
	 */
	double getLossProbability();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkFault#getLossProbability <em>Loss Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Probability</em>' attribute.
	 * @see #getLossProbability()
	 * @generated
	 */
	void setLossProbability(double value);

	/**
	 * Returns the value of the '<em><b>Extra Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra latency of every MAD through the port that is not lost, in ns.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Latency Ns</em>' attribute.
	 * @see #setExtraLatencyNs(long)
	 * @see io.hcastudio.model.HcaPackage#getLinkFault_ExtraLatencyNs()
	 * @model
	 * @generated
	 */
	long getExtraLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.LinkFault#getExtraLatencyNs <em>Extra Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Extra Latency Ns</em>' attribute.
	 * @see #getExtraLatencyNs()
	 * @generated
	 */
	void setExtraLatencyNs(long value);

} // LinkFault
