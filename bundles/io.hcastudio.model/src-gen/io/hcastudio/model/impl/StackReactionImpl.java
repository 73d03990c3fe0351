/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.StackReaction;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Stack Reaction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.StackReactionImpl#getFunction <em>Function</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.StackReactionImpl#getMulticastGroups <em>Multicast Groups</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.StackReactionImpl#getNeighbours <em>Neighbours</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.StackReactionImpl#getConnections <em>Connections</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.StackReactionImpl#getPeer <em>Peer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StackReactionImpl extends NamedElementImpl implements StackReaction {
	/**
	 * The cached value of the '{@link #getFunction() <em>Function</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFunction()
	 * @generated
	 * @ordered
	 */
	protected PciFunction function;

	/**
	 * The default value of the '{@link #getMulticastGroups() <em>Multicast Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastGroups()
	 * @generated
	 * @ordered
	 */
	protected static final int MULTICAST_GROUPS_EDEFAULT = 4;

	/**
	 * The cached value of the '{@link #getMulticastGroups() <em>Multicast Groups</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticastGroups()
	 * @generated
	 * @ordered
	 */
	protected int multicastGroups = MULTICAST_GROUPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNeighbours() <em>Neighbours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeighbours()
	 * @generated
	 * @ordered
	 */
	protected static final int NEIGHBOURS_EDEFAULT = 8;

	/**
	 * The cached value of the '{@link #getNeighbours() <em>Neighbours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNeighbours()
	 * @generated
	 * @ordered
	 */
	protected int neighbours = NEIGHBOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected static final int CONNECTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getConnections() <em>Connections</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnections()
	 * @generated
	 * @ordered
	 */
	protected int connections = CONNECTIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeer() <em>Peer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeer()
	 * @generated
	 * @ordered
	 */
	protected PciFunction peer;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StackReactionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.STACK_REACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction getFunction() {
		if (function != null && function.eIsProxy()) {
			InternalEObject oldFunction = (InternalEObject)function;
			function = (PciFunction)eResolveProxy(oldFunction);
			if (function != oldFunction) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.STACK_REACTION__FUNCTION, oldFunction, function));
			}
		}
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PciFunction basicGetFunction() {
		return function;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFunction(PciFunction newFunction) {
		PciFunction oldFunction = function;
		function = newFunction;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.STACK_REACTION__FUNCTION, oldFunction, function));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMulticastGroups() {
		return multicastGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMulticastGroups(int newMulticastGroups) {
		int oldMulticastGroups = multicastGroups;
		multicastGroups = newMulticastGroups;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.STACK_REACTION__MULTICAST_GROUPS, oldMulticastGroups, multicastGroups));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNeighbours() {
		return neighbours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNeighbours(int newNeighbours) {
		int oldNeighbours = neighbours;
		neighbours = newNeighbours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.STACK_REACTION__NEIGHBOURS, oldNeighbours, neighbours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getConnections() {
		return connections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnections(int newConnections) {
		int oldConnections = connections;
		connections = newConnections;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.STACK_REACTION__CONNECTIONS, oldConnections, connections));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PciFunction getPeer() {
		if (peer != null && peer.eIsProxy()) {
			InternalEObject oldPeer = (InternalEObject)peer;
			peer = (PciFunction)eResolveProxy(oldPeer);
			if (peer != oldPeer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, HcaPackage.STACK_REACTION__PEER, oldPeer, peer));
			}
		}
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PciFunction basicGetPeer() {
		return peer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeer(PciFunction newPeer) {
		PciFunction oldPeer = peer;
		peer = newPeer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.STACK_REACTION__PEER, oldPeer, peer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HcaPackage.STACK_REACTION__FUNCTION:
				if (resolve) return getFunction();
				return basicGetFunction();
			case HcaPackage.STACK_REACTION__MULTICAST_GROUPS:
				return getMulticastGroups();
			case HcaPackage.STACK_REACTION__NEIGHBOURS:
				return getNeighbours();
			case HcaPackage.STACK_REACTION__CONNECTIONS:
				return getConnections();
			case HcaPackage.STACK_REACTION__PEER:
				if (resolve) return getPeer();
				return basicGetPeer();
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
			case HcaPackage.STACK_REACTION__FUNCTION:
				setFunction((PciFunction)newValue);
				return;
			case HcaPackage.STACK_REACTION__MULTICAST_GROUPS:
				setMulticastGroups((Integer)newValue);
				return;
			case HcaPackage.STACK_REACTION__NEIGHBOURS:
				setNeighbours((Integer)newValue);
				return;
			case HcaPackage.STACK_REACTION__CONNECTIONS:
				setConnections((Integer)newValue);
				return;
			case HcaPackage.STACK_REACTION__PEER:
				setPeer((PciFunction)newValue);
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
			case HcaPackage.STACK_REACTION__FUNCTION:
				setFunction((PciFunction)null);
				return;
			case HcaPackage.STACK_REACTION__MULTICAST_GROUPS:
				setMulticastGroups(MULTICAST_GROUPS_EDEFAULT);
				return;
			case HcaPackage.STACK_REACTION__NEIGHBOURS:
				setNeighbours(NEIGHBOURS_EDEFAULT);
				return;
			case HcaPackage.STACK_REACTION__CONNECTIONS:
				setConnections(CONNECTIONS_EDEFAULT);
				return;
			case HcaPackage.STACK_REACTION__PEER:
				setPeer((PciFunction)null);
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
			case HcaPackage.STACK_REACTION__FUNCTION:
				return function != null;
			case HcaPackage.STACK_REACTION__MULTICAST_GROUPS:
				return multicastGroups != MULTICAST_GROUPS_EDEFAULT;
			case HcaPackage.STACK_REACTION__NEIGHBOURS:
				return neighbours != NEIGHBOURS_EDEFAULT;
			case HcaPackage.STACK_REACTION__CONNECTIONS:
				return connections != CONNECTIONS_EDEFAULT;
			case HcaPackage.STACK_REACTION__PEER:
				return peer != null;
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
		result.append(" (multicastGroups: ");
		result.append(multicastGroups);
		result.append(", neighbours: ");
		result.append(neighbours);
		result.append(", connections: ");
		result.append(connections);
		result.append(')');
		return result.toString();
	}

} //StackReactionImpl
