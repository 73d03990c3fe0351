/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Port;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Fabric Node</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getNodeGuid <em>Node Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getSystemImageGuid <em>System Image Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getNodeDescription <em>Node Description</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getVendorId <em>Vendor Id</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getDeviceId <em>Device Id</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getPortCount <em>Port Count</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.FabricNodeImpl#getPorts <em>Ports</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FabricNodeImpl extends NodeElementImpl implements FabricNode {
	/**
	 * The default value of the '{@link #getNodeGuid() <em>Node Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeGuid()
	 * @generated
	 * @ordered
	 */
	protected static final long NODE_GUID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getNodeGuid() <em>Node Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeGuid()
	 * @generated
	 * @ordered
	 */
	protected long nodeGuid = NODE_GUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSystemImageGuid() <em>System Image Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemImageGuid()
	 * @generated
	 * @ordered
	 */
	protected static final long SYSTEM_IMAGE_GUID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSystemImageGuid() <em>System Image Guid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSystemImageGuid()
	 * @generated
	 * @ordered
	 */
	protected long systemImageGuid = SYSTEM_IMAGE_GUID_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeDescription() <em>Node Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String NODE_DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNodeDescription() <em>Node Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeDescription()
	 * @generated
	 * @ordered
	 */
	protected String nodeDescription = NODE_DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected static final int VENDOR_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVendorId() <em>Vendor Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendorId()
	 * @generated
	 * @ordered
	 */
	protected int vendorId = VENDOR_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected static final int DEVICE_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDeviceId() <em>Device Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviceId()
	 * @generated
	 * @ordered
	 */
	protected int deviceId = DEVICE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPortCount() <em>Port Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PORT_COUNT_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPortCount() <em>Port Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortCount()
	 * @generated
	 * @ordered
	 */
	protected int portCount = PORT_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPorts() <em>Ports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPorts()
	 * @generated
	 * @ordered
	 */
	protected EList<Port> ports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FabricNodeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.FABRIC_NODE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getNodeGuid() {
		return nodeGuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeGuid(long newNodeGuid) {
		long oldNodeGuid = nodeGuid;
		nodeGuid = newNodeGuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__NODE_GUID, oldNodeGuid, nodeGuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSystemImageGuid() {
		return systemImageGuid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSystemImageGuid(long newSystemImageGuid) {
		long oldSystemImageGuid = systemImageGuid;
		systemImageGuid = newSystemImageGuid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__SYSTEM_IMAGE_GUID, oldSystemImageGuid, systemImageGuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNodeDescription() {
		return nodeDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeDescription(String newNodeDescription) {
		String oldNodeDescription = nodeDescription;
		nodeDescription = newNodeDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__NODE_DESCRIPTION, oldNodeDescription, nodeDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVendorId() {
		return vendorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendorId(int newVendorId) {
		int oldVendorId = vendorId;
		vendorId = newVendorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__VENDOR_ID, oldVendorId, vendorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDeviceId() {
		return deviceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviceId(int newDeviceId) {
		int oldDeviceId = deviceId;
		deviceId = newDeviceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__DEVICE_ID, oldDeviceId, deviceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPortCount() {
		return portCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortCount(int newPortCount) {
		int oldPortCount = portCount;
		portCount = newPortCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.FABRIC_NODE__PORT_COUNT, oldPortCount, portCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Port> getPorts() {
		if (ports == null) {
			ports = new EObjectContainmentWithInverseEList<Port>(Port.class, this, HcaPackage.FABRIC_NODE__PORTS, HcaPackage.PORT__NODE);
		}
		return ports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Port port(final int number) {
		return io.hcastudio.model.operations.FabricNodeOperations.port(this, number);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.FABRIC_NODE__PORTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPorts()).basicAdd(otherEnd, msgs);
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
			case HcaPackage.FABRIC_NODE__PORTS:
				return ((InternalEList<?>)getPorts()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.FABRIC_NODE__NODE_GUID:
				return getNodeGuid();
			case HcaPackage.FABRIC_NODE__SYSTEM_IMAGE_GUID:
				return getSystemImageGuid();
			case HcaPackage.FABRIC_NODE__NODE_DESCRIPTION:
				return getNodeDescription();
			case HcaPackage.FABRIC_NODE__VENDOR_ID:
				return getVendorId();
			case HcaPackage.FABRIC_NODE__DEVICE_ID:
				return getDeviceId();
			case HcaPackage.FABRIC_NODE__PORT_COUNT:
				return getPortCount();
			case HcaPackage.FABRIC_NODE__PORTS:
				return getPorts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case HcaPackage.FABRIC_NODE__NODE_GUID:
				setNodeGuid((Long)newValue);
				return;
			case HcaPackage.FABRIC_NODE__SYSTEM_IMAGE_GUID:
				setSystemImageGuid((Long)newValue);
				return;
			case HcaPackage.FABRIC_NODE__NODE_DESCRIPTION:
				setNodeDescription((String)newValue);
				return;
			case HcaPackage.FABRIC_NODE__VENDOR_ID:
				setVendorId((Integer)newValue);
				return;
			case HcaPackage.FABRIC_NODE__DEVICE_ID:
				setDeviceId((Integer)newValue);
				return;
			case HcaPackage.FABRIC_NODE__PORT_COUNT:
				setPortCount((Integer)newValue);
				return;
			case HcaPackage.FABRIC_NODE__PORTS:
				getPorts().clear();
				getPorts().addAll((Collection<? extends Port>)newValue);
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
			case HcaPackage.FABRIC_NODE__NODE_GUID:
				setNodeGuid(NODE_GUID_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__SYSTEM_IMAGE_GUID:
				setSystemImageGuid(SYSTEM_IMAGE_GUID_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__NODE_DESCRIPTION:
				setNodeDescription(NODE_DESCRIPTION_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__VENDOR_ID:
				setVendorId(VENDOR_ID_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__DEVICE_ID:
				setDeviceId(DEVICE_ID_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__PORT_COUNT:
				setPortCount(PORT_COUNT_EDEFAULT);
				return;
			case HcaPackage.FABRIC_NODE__PORTS:
				getPorts().clear();
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
			case HcaPackage.FABRIC_NODE__NODE_GUID:
				return nodeGuid != NODE_GUID_EDEFAULT;
			case HcaPackage.FABRIC_NODE__SYSTEM_IMAGE_GUID:
				return systemImageGuid != SYSTEM_IMAGE_GUID_EDEFAULT;
			case HcaPackage.FABRIC_NODE__NODE_DESCRIPTION:
				return NODE_DESCRIPTION_EDEFAULT == null ? nodeDescription != null : !NODE_DESCRIPTION_EDEFAULT.equals(nodeDescription);
			case HcaPackage.FABRIC_NODE__VENDOR_ID:
				return vendorId != VENDOR_ID_EDEFAULT;
			case HcaPackage.FABRIC_NODE__DEVICE_ID:
				return deviceId != DEVICE_ID_EDEFAULT;
			case HcaPackage.FABRIC_NODE__PORT_COUNT:
				return portCount != PORT_COUNT_EDEFAULT;
			case HcaPackage.FABRIC_NODE__PORTS:
				return ports != null && !ports.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case HcaPackage.FABRIC_NODE___PORT__INT:
				return port((Integer)arguments.get(0));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (nodeGuid: ");
		result.append(nodeGuid);
		result.append(", systemImageGuid: ");
		result.append(systemImageGuid);
		result.append(", nodeDescription: ");
		result.append(nodeDescription);
		result.append(", vendorId: ");
		result.append(vendorId);
		result.append(", deviceId: ");
		result.append(deviceId);
		result.append(", portCount: ");
		result.append(portCount);
		result.append(')');
		return result.toString();
	}

} //FabricNodeImpl
