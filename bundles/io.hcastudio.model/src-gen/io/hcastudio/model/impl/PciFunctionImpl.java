/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.FunctionOwner;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.VirtualMachine;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pci Function</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getFunctionId <em>Function Id</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getSlaveNumber <em>Slave Number</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getNodeGuid <em>Node Guid</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getVirtualMachine <em>Virtual Machine</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getHca <em>Hca</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.PciFunctionImpl#getInterfaces <em>Interfaces</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PciFunctionImpl extends NodeElementImpl implements PciFunction {
	/**
	 * The default value of the '{@link #getFunctionId() <em>Function Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionId()
	 * @generated
	 * @ordered
	 */
	protected static final int FUNCTION_ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFunctionId() <em>Function Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunctionId()
	 * @generated
	 * @ordered
	 */
	protected int functionId = FUNCTION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlaveNumber() <em>Slave Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaveNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int SLAVE_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlaveNumber() <em>Slave Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlaveNumber()
	 * @generated
	 * @ordered
	 */
	protected int slaveNumber = SLAVE_NUMBER_EDEFAULT;

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
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final FunctionOwner OWNER_EDEFAULT = FunctionOwner.HOST_OS;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected FunctionOwner owner = OWNER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getVirtualMachine() <em>Virtual Machine</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVirtualMachine()
	 * @generated
	 * @ordered
	 */
	protected VirtualMachine virtualMachine;

	/**
	 * The cached value of the '{@link #getInterfaces() <em>Interfaces</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterfaces()
	 * @generated
	 * @ordered
	 */
	protected EList<FunctionInterface> interfaces;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PciFunctionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.PCI_FUNCTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFunctionId() {
		return functionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunctionId(int newFunctionId) {
		int oldFunctionId = functionId;
		functionId = newFunctionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__FUNCTION_ID, oldFunctionId, functionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlaveNumber() {
		return slaveNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlaveNumber(int newSlaveNumber) {
		int oldSlaveNumber = slaveNumber;
		slaveNumber = newSlaveNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__SLAVE_NUMBER, oldSlaveNumber, slaveNumber));
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
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__NODE_GUID, oldNodeGuid, nodeGuid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionOwner getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(FunctionOwner newOwner) {
		FunctionOwner oldOwner = owner;
		owner = newOwner == null ? OWNER_EDEFAULT : newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VirtualMachine getVirtualMachine() {
		if (virtualMachine != null && virtualMachine.eIsProxy()) {
			InternalEObject oldVirtualMachine = (InternalEObject)virtualMachine;
			virtualMachine = (VirtualMachine)eResolveProxy(oldVirtualMachine);
			if (virtualMachine != oldVirtualMachine) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE, oldVirtualMachine, virtualMachine));
			}
		}
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VirtualMachine basicGetVirtualMachine() {
		return virtualMachine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVirtualMachine(VirtualMachine newVirtualMachine, NotificationChain msgs) {
		VirtualMachine oldVirtualMachine = virtualMachine;
		virtualMachine = newVirtualMachine;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE, oldVirtualMachine, newVirtualMachine);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVirtualMachine(VirtualMachine newVirtualMachine) {
		if (newVirtualMachine != virtualMachine) {
			NotificationChain msgs = null;
			if (virtualMachine != null)
				msgs = ((InternalEObject)virtualMachine).eInverseRemove(this, HcaPackage.VIRTUAL_MACHINE__FUNCTIONS, VirtualMachine.class, msgs);
			if (newVirtualMachine != null)
				msgs = ((InternalEObject)newVirtualMachine).eInverseAdd(this, HcaPackage.VIRTUAL_MACHINE__FUNCTIONS, VirtualMachine.class, msgs);
			msgs = basicSetVirtualMachine(newVirtualMachine, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE, newVirtualMachine, newVirtualMachine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Hca getHca() {
		if (eContainerFeatureID() != HcaPackage.PCI_FUNCTION__HCA) return null;
		return (Hca)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHca(Hca newHca, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newHca, HcaPackage.PCI_FUNCTION__HCA, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHca(Hca newHca) {
		if (newHca != eInternalContainer() || (eContainerFeatureID() != HcaPackage.PCI_FUNCTION__HCA && newHca != null)) {
			if (EcoreUtil.isAncestor(this, newHca))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newHca != null)
				msgs = ((InternalEObject)newHca).eInverseAdd(this, HcaPackage.HCA__FUNCTIONS, Hca.class, msgs);
			msgs = basicSetHca(newHca, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.PCI_FUNCTION__HCA, newHca, newHca));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FunctionInterface> getInterfaces() {
		if (interfaces == null) {
			interfaces = new EObjectContainmentWithInverseEList<FunctionInterface>(FunctionInterface.class, this, HcaPackage.PCI_FUNCTION__INTERFACES, HcaPackage.FUNCTION_INTERFACE__FUNCTION);
		}
		return interfaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPhysicalFunction() {
		return getFunctionId() == 0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionInterface interfaceOn(final int portNumber) {
		return io.hcastudio.model.operations.TopologyOperations.interfaceOf(this, portNumber);
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
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				if (virtualMachine != null)
					msgs = ((InternalEObject)virtualMachine).eInverseRemove(this, HcaPackage.VIRTUAL_MACHINE__FUNCTIONS, VirtualMachine.class, msgs);
				return basicSetVirtualMachine((VirtualMachine)otherEnd, msgs);
			case HcaPackage.PCI_FUNCTION__HCA:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetHca((Hca)otherEnd, msgs);
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getInterfaces()).basicAdd(otherEnd, msgs);
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
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				return basicSetVirtualMachine(null, msgs);
			case HcaPackage.PCI_FUNCTION__HCA:
				return basicSetHca(null, msgs);
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				return ((InternalEList<?>)getInterfaces()).basicRemove(otherEnd, msgs);
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
			case HcaPackage.PCI_FUNCTION__HCA:
				return eInternalContainer().eInverseRemove(this, HcaPackage.HCA__FUNCTIONS, Hca.class, msgs);
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
			case HcaPackage.PCI_FUNCTION__FUNCTION_ID:
				return getFunctionId();
			case HcaPackage.PCI_FUNCTION__SLAVE_NUMBER:
				return getSlaveNumber();
			case HcaPackage.PCI_FUNCTION__NODE_GUID:
				return getNodeGuid();
			case HcaPackage.PCI_FUNCTION__OWNER:
				return getOwner();
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				if (resolve) return getVirtualMachine();
				return basicGetVirtualMachine();
			case HcaPackage.PCI_FUNCTION__HCA:
				return getHca();
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				return getInterfaces();
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
			case HcaPackage.PCI_FUNCTION__FUNCTION_ID:
				setFunctionId((Integer)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__SLAVE_NUMBER:
				setSlaveNumber((Integer)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__NODE_GUID:
				setNodeGuid((Long)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__OWNER:
				setOwner((FunctionOwner)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				setVirtualMachine((VirtualMachine)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__HCA:
				setHca((Hca)newValue);
				return;
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				getInterfaces().clear();
				getInterfaces().addAll((Collection<? extends FunctionInterface>)newValue);
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
			case HcaPackage.PCI_FUNCTION__FUNCTION_ID:
				setFunctionId(FUNCTION_ID_EDEFAULT);
				return;
			case HcaPackage.PCI_FUNCTION__SLAVE_NUMBER:
				setSlaveNumber(SLAVE_NUMBER_EDEFAULT);
				return;
			case HcaPackage.PCI_FUNCTION__NODE_GUID:
				setNodeGuid(NODE_GUID_EDEFAULT);
				return;
			case HcaPackage.PCI_FUNCTION__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				setVirtualMachine((VirtualMachine)null);
				return;
			case HcaPackage.PCI_FUNCTION__HCA:
				setHca((Hca)null);
				return;
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				getInterfaces().clear();
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
			case HcaPackage.PCI_FUNCTION__FUNCTION_ID:
				return functionId != FUNCTION_ID_EDEFAULT;
			case HcaPackage.PCI_FUNCTION__SLAVE_NUMBER:
				return slaveNumber != SLAVE_NUMBER_EDEFAULT;
			case HcaPackage.PCI_FUNCTION__NODE_GUID:
				return nodeGuid != NODE_GUID_EDEFAULT;
			case HcaPackage.PCI_FUNCTION__OWNER:
				return owner != OWNER_EDEFAULT;
			case HcaPackage.PCI_FUNCTION__VIRTUAL_MACHINE:
				return virtualMachine != null;
			case HcaPackage.PCI_FUNCTION__HCA:
				return getHca() != null;
			case HcaPackage.PCI_FUNCTION__INTERFACES:
				return interfaces != null && !interfaces.isEmpty();
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
			case HcaPackage.PCI_FUNCTION___IS_PHYSICAL_FUNCTION:
				return isPhysicalFunction();
			case HcaPackage.PCI_FUNCTION___INTERFACE_ON__INT:
				return interfaceOn((Integer)arguments.get(0));
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
		result.append(" (functionId: ");
		result.append(functionId);
		result.append(", slaveNumber: ");
		result.append(slaveNumber);
		result.append(", nodeGuid: ");
		result.append(nodeGuid);
		result.append(", owner: ");
		result.append(owner);
		result.append(')');
		return result.toString();
	}

} //PciFunctionImpl
