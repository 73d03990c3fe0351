/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.PciFunction;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Function Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.FunctionInterfaceImpl#getPortNumber <em>Port Number</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FunctionInterfaceImpl#getAliasGuid <em>Alias Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FunctionInterfaceImpl#getIpoibName <em>Ipoib Name</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FunctionInterfaceImpl#getIpAddress <em>Ip Address</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FunctionInterfaceImpl#getFunction <em>Function</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FunctionInterfaceImpl extends EObjectImpl implements FunctionInterface {
	/**
	 * The default value of the '{@link #getPortNumber() <em>Port Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_NUMBER_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPortNumber() <em>Port Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortNumber()
	 * @generated
	 * @ordered
	 */
	protected int portNumber = PORT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAliasGuid() <em>Alias Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliasGuid()
	 * @generated
	 * @ordered
	 */
	protected static final long ALIAS_GUID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getAliasGuid() <em>Alias Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAliasGuid()
	 * @generated
	 * @ordered
	 */
	protected long aliasGuid = ALIAS_GUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpoibName() <em>Ipoib Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpoibName()
	 * @generated
	 * @ordered
	 */
	protected static final String IPOIB_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpoibName() <em>Ipoib Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpoibName()
	 * @generated
	 * @ordered
	 */
	protected String ipoibName = IPOIB_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected static final String IP_ADDRESS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIpAddress() <em>Ip Address</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpAddress()
	 * @generated
	 * @ordered
	 */
	protected String ipAddress = IP_ADDRESS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FunctionInterfaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.FUNCTION_INTERFACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPortNumber() {
		return portNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortNumber(int newPortNumber) {
		int oldPortNumber = portNumber;
		portNumber = newPortNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FUNCTION_INTERFACE__PORT_NUMBER, oldPortNumber, portNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getAliasGuid() {
		return aliasGuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAliasGuid(long newAliasGuid) {
		long oldAliasGuid = aliasGuid;
		aliasGuid = newAliasGuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FUNCTION_INTERFACE__ALIAS_GUID, oldAliasGuid, aliasGuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpoibName() {
		return ipoibName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpoibName(String newIpoibName) {
		String oldIpoibName = ipoibName;
		ipoibName = newIpoibName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FUNCTION_INTERFACE__IPOIB_NAME, oldIpoibName, ipoibName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIpAddress() {
		return ipAddress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpAddress(String newIpAddress) {
		String oldIpAddress = ipAddress;
		ipAddress = newIpAddress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FUNCTION_INTERFACE__IP_ADDRESS, oldIpAddress, ipAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction getFunction() {
		if (eContainerFeatureID() != HcaPackage.FUNCTION_INTERFACE__FUNCTION) return null;
		return (PciFunction)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFunction(PciFunction newFunction, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newFunction, HcaPackage.FUNCTION_INTERFACE__FUNCTION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(PciFunction newFunction) {
		if (newFunction != eInternalContainer() || (eContainerFeatureID() != HcaPackage.FUNCTION_INTERFACE__FUNCTION && newFunction != null)) {
			if (EcoreUtil.isAncestor(this, newFunction))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newFunction != null)
				msgs = ((InternalEObject)newFunction).eInverseAdd(this, HcaPackage.PCI_FUNCTION__INTERFACES, PciFunction.class, msgs);
			msgs = basicSetFunction(newFunction, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FUNCTION_INTERFACE__FUNCTION, newFunction, newFunction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetFunction((PciFunction)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				return basicSetFunction(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				return eInternalContainer().eInverseRemove(this, HcaPackage.PCI_FUNCTION__INTERFACES, PciFunction.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.FUNCTION_INTERFACE__PORT_NUMBER:
				return getPortNumber();
			case HcaPackage.FUNCTION_INTERFACE__ALIAS_GUID:
				return getAliasGuid();
			case HcaPackage.FUNCTION_INTERFACE__IPOIB_NAME:
				return getIpoibName();
			case HcaPackage.FUNCTION_INTERFACE__IP_ADDRESS:
				return getIpAddress();
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				return getFunction();
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
			case HcaPackage.FUNCTION_INTERFACE__PORT_NUMBER:
				setPortNumber((Integer)newValue);
				return;
			case HcaPackage.FUNCTION_INTERFACE__ALIAS_GUID:
				setAliasGuid((Long)newValue);
				return;
			case HcaPackage.FUNCTION_INTERFACE__IPOIB_NAME:
				setIpoibName((String)newValue);
				return;
			case HcaPackage.FUNCTION_INTERFACE__IP_ADDRESS:
				setIpAddress((String)newValue);
				return;
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				setFunction((PciFunction)newValue);
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
			case HcaPackage.FUNCTION_INTERFACE__PORT_NUMBER:
				setPortNumber(PORT_NUMBER_EDEFAULT);
				return;
			case HcaPackage.FUNCTION_INTERFACE__ALIAS_GUID:
				setAliasGuid(ALIAS_GUID_EDEFAULT);
				return;
			case HcaPackage.FUNCTION_INTERFACE__IPOIB_NAME:
				setIpoibName(IPOIB_NAME_EDEFAULT);
				return;
			case HcaPackage.FUNCTION_INTERFACE__IP_ADDRESS:
				setIpAddress(IP_ADDRESS_EDEFAULT);
				return;
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				setFunction((PciFunction)null);
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
			case HcaPackage.FUNCTION_INTERFACE__PORT_NUMBER:
				return portNumber != PORT_NUMBER_EDEFAULT;
			case HcaPackage.FUNCTION_INTERFACE__ALIAS_GUID:
				return aliasGuid != ALIAS_GUID_EDEFAULT;
			case HcaPackage.FUNCTION_INTERFACE__IPOIB_NAME:
				return IPOIB_NAME_EDEFAULT == null ? ipoibName != null : !IPOIB_NAME_EDEFAULT.equals(ipoibName);
			case HcaPackage.FUNCTION_INTERFACE__IP_ADDRESS:
				return IP_ADDRESS_EDEFAULT == null ? ipAddress != null : !IP_ADDRESS_EDEFAULT.equals(ipAddress);
			case HcaPackage.FUNCTION_INTERFACE__FUNCTION:
				return getFunction() != null;
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
		result.append(" (portNumber: ");
		result.append(portNumber);
		result.append(", aliasGuid: ");
		result.append(aliasGuid);
		result.append(", ipoibName: ");
		result.append(ipoibName);
		result.append(", ipAddress: ");
		result.append(ipAddress);
		result.append(')');
		return result.toString();
	}

} //FunctionInterfaceImpl
