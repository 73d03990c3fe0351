/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Switch</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An InfiniBand switch; its LID and LMC are those of management port 0.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Switch#getLid <em>Lid</em>}</li>
 *   <li>{@link io.hcastudio.model.Switch#getLmc <em>Lmc</em>}</li>
 *   <li>{@link io.hcastudio.model.Switch#isEnhancedPort0 <em>Enhanced Port0</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getSwitch()
 * @model
 * @generated
 */
public interface Switch extends FabricNode {
	/**
	 * Returns the value of the '<em><b>Lid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lid</em>' attribute.
	 * @see #setLid(int)
	 * @see io.hcastudio.model.HcaPackage#getSwitch_Lid()
	 * @model
	 * @generated
	 */
	int getLid();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Switch#getLid <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lid</em>' attribute.
	 * @see #getLid()
	 * @generated
	 */
	void setLid(int value);

	/**
	 * Returns the value of the '<em><b>Lmc</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lmc</em>' attribute.
	 * @see #setLmc(int)
	 * @see io.hcastudio.model.HcaPackage#getSwitch_Lmc()
	 * @model
	 * @generated
	 */
	int getLmc();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Switch#getLmc <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lmc</em>' attribute.
	 * @see #getLmc()
	 * @generated
	 */
	void setLmc(int value);

	/**
	 * Returns the value of the '<em><b>Enhanced Port0</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for an enhanced switch port 0 (ibnetdiscover 'enhanced port 0'), false for base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enhanced Port0</em>' attribute.
	 * @see #setEnhancedPort0(boolean)
	 * @see io.hcastudio.model.HcaPackage#getSwitch_EnhancedPort0()
	 * @model
	 * @generated
	 */
	boolean isEnhancedPort0();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Switch#isEnhancedPort0 <em>Enhanced Port0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enhanced Port0</em>' attribute.
	 * @see #isEnhancedPort0()
	 * @generated
	 */
	void setEnhancedPort0(boolean value);

} // Switch
