/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A cable between two ports, with its trained width and speed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Link#getWidth <em>Width</em>}</li>
 *   <li>{@link io.hcastudio.model.Link#getSpeed <em>Speed</em>}</li>
 *   <li>{@link io.hcastudio.model.Link#getLatencyNs <em>Latency Ns</em>}</li>
 *   <li>{@link io.hcastudio.model.Link#getSource <em>Source</em>}</li>
 *   <li>{@link io.hcastudio.model.Link#getTarget <em>Target</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getLink()
 * @model
 * @generated
 */
public interface Link extends EObject {
	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * The default value is <code>"4x"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.LinkWidth}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see io.hcastudio.model.LinkWidth
	 * @see #setWidth(LinkWidth)
	 * @see io.hcastudio.model.HcaPackage#getLink_Width()
	 * @model default="4x"
	 * @generated
	 */
	LinkWidth getWidth();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Link#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see io.hcastudio.model.LinkWidth
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(LinkWidth value);

	/**
	 * Returns the value of the '<em><b>Speed</b></em>' attribute.
	 * The default value is <code>"FDR"</code>.
	 * The literals are from the enumeration {@link io.hcastudio.model.LinkSpeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Speed</em>' attribute.
	 * @see io.hcastudio.model.LinkSpeed
	 * @see #setSpeed(LinkSpeed)
	 * @see io.hcastudio.model.HcaPackage#getLink_Speed()
	 * @model default="FDR"
	 * @generated
	 */
	LinkSpeed getSpeed();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Link#getSpeed <em>Speed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Speed</em>' attribute.
	 * @see io.hcastudio.model.LinkSpeed
	 * @see #getSpeed()
	 * @generated
	 */
	void setSpeed(LinkSpeed value);

	/**
	 * Returns the value of the '<em><b>Latency Ns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Propagation latency of the cable in ns, added to every path that crosses the link (paths also pay switchHopLatencyNs per switch crossed); unset adds 0, the switch hop latency already covering a short cable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Latency Ns</em>' attribute.
	 * @see #isSetLatencyNs()
	 * @see #unsetLatencyNs()
	 * @see #setLatencyNs(int)
	 * @see io.hcastudio.model.HcaPackage#getLink_LatencyNs()
	 * @model unsettable="true"
	 * @generated
	 */
	int getLatencyNs();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Link#getLatencyNs <em>Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Latency Ns</em>' attribute.
	 * @see #isSetLatencyNs()
	 * @see #unsetLatencyNs()
	 * @see #getLatencyNs()
	 * @generated
	 */
	void setLatencyNs(int value);

	/**
	 * Unsets the value of the '{@link io.hcastudio.model.Link#getLatencyNs <em>Latency Ns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLatencyNs()
	 * @see #getLatencyNs()
	 * @see #setLatencyNs(int)
	 * @generated
	 */
	void unsetLatencyNs();

	/**
	 * Returns whether the value of the '{@link io.hcastudio.model.Link#getLatencyNs <em>Latency Ns</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Latency Ns</em>' attribute is set.
	 * @see #unsetLatencyNs()
	 * @see #getLatencyNs()
	 * @see #setLatencyNs(int)
	 * @generated
	 */
	boolean isSetLatencyNs();

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Port)
	 * @see io.hcastudio.model.HcaPackage#getLink_Source()
	 * @model required="true"
	 * @generated
	 */
	Port getSource();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Link#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Port value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Port)
	 * @see io.hcastudio.model.HcaPackage#getLink_Target()
	 * @model required="true"
	 * @generated
	 */
	Port getTarget();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Link#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Port value);

} // Link
