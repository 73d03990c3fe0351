/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Switch;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Switch</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.SwitchImpl#getLid <em>Lid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SwitchImpl#getLmc <em>Lmc</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.SwitchImpl#isEnhancedPort0 <em>Enhanced Port0</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SwitchImpl extends FabricNodeImpl implements Switch {
	/**
	 * The default value of the '{@link #getLid() <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLid()
	 * @generated
	 * @ordered
	 */
	protected static final int LID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLid() <em>Lid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLid()
	 * @generated
	 * @ordered
	 */
	protected int lid = LID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLmc() <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLmc()
	 * @generated
	 * @ordered
	 */
	protected static final int LMC_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLmc() <em>Lmc</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLmc()
	 * @generated
	 * @ordered
	 */
	protected int lmc = LMC_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnhancedPort0() <em>Enhanced Port0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnhancedPort0()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENHANCED_PORT0_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isEnhancedPort0() <em>Enhanced Port0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnhancedPort0()
	 * @generated
	 * @ordered
	 */
	protected boolean enhancedPort0 = ENHANCED_PORT0_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SwitchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.SWITCH;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLid() {
		return lid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLid(int newLid) {
		int oldLid = lid;
		lid = newLid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SWITCH__LID, oldLid, lid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLmc() {
		return lmc;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLmc(int newLmc) {
		int oldLmc = lmc;
		lmc = newLmc;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SWITCH__LMC, oldLmc, lmc));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnhancedPort0() {
		return enhancedPort0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnhancedPort0(boolean newEnhancedPort0) {
		boolean oldEnhancedPort0 = enhancedPort0;
		enhancedPort0 = newEnhancedPort0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.SWITCH__ENHANCED_PORT0, oldEnhancedPort0, enhancedPort0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.SWITCH__LID:
				return getLid();
			case HcaPackage.SWITCH__LMC:
				return getLmc();
			case HcaPackage.SWITCH__ENHANCED_PORT0:
				return isEnhancedPort0();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.SWITCH__LID:
				setLid((Integer)newValue);
				return;
			case HcaPackage.SWITCH__LMC:
				setLmc((Integer)newValue);
				return;
			case HcaPackage.SWITCH__ENHANCED_PORT0:
				setEnhancedPort0((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case HcaPackage.SWITCH__LID:
				setLid(LID_EDEFAULT);
				return;
			case HcaPackage.SWITCH__LMC:
				setLmc(LMC_EDEFAULT);
				return;
			case HcaPackage.SWITCH__ENHANCED_PORT0:
				setEnhancedPort0(ENHANCED_PORT0_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case HcaPackage.SWITCH__LID:
				return lid != LID_EDEFAULT;
			case HcaPackage.SWITCH__LMC:
				return lmc != LMC_EDEFAULT;
			case HcaPackage.SWITCH__ENHANCED_PORT0:
				return enhancedPort0 != ENHANCED_PORT0_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (lid: ");
		result.append(lid);
		result.append(", lmc: ");
		result.append(lmc);
		result.append(", enhancedPort0: ");
		result.append(enhancedPort0);
		result.append(')');
		return result.toString();
	}

} //SwitchImpl
