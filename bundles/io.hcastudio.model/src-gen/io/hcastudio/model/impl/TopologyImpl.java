/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.impl;

import io.hcastudio.model.FabricNode;
import io.hcastudio.model.FunctionInterface;
import io.hcastudio.model.Hca;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Host;
import io.hcastudio.model.Link;
import io.hcastudio.model.PciFunction;
import io.hcastudio.model.Port;
import io.hcastudio.model.Router;
import io.hcastudio.model.Scenario;
import io.hcastudio.model.SubnetManager;
import io.hcastudio.model.Switch;
import io.hcastudio.model.Topology;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getHosts <em>Hosts</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getSwitches <em>Switches</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getRouters <em>Routers</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getSubnetManager <em>Subnet Manager</em>}</li>
 *   <li>{@link io.hcastudio.model.impl.TopologyImpl#getScenarios <em>Scenarios</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TopologyImpl extends NamedElementImpl implements Topology {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * The cached value of the '{@link #getSwitches() <em>Switches</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwitches()
	 * @generated
	 * @ordered
	 */
	protected EList<Switch> switches;

	/**
	 * The cached value of the '{@link #getRouters() <em>Routers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRouters()
	 * @generated
	 * @ordered
	 */
	protected EList<Router> routers;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<Link> links;

	/**
	 * The cached value of the '{@link #getSubnetManager() <em>Subnet Manager</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubnetManager()
	 * @generated
	 * @ordered
	 */
	protected SubnetManager subnetManager;

	/**
	 * The cached value of the '{@link #getScenarios() <em>Scenarios</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScenarios()
	 * @generated
	 * @ordered
	 */
	protected EList<Scenario> scenarios;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TopologyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HcaPackage.Literals.TOPOLOGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TOPOLOGY__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TOPOLOGY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectContainmentEList<Host>(Host.class, this, HcaPackage.TOPOLOGY__HOSTS);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Switch> getSwitches() {
		if (switches == null) {
			switches = new EObjectContainmentEList<Switch>(Switch.class, this, HcaPackage.TOPOLOGY__SWITCHES);
		}
		return switches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Router> getRouters() {
		if (routers == null) {
			routers = new EObjectContainmentEList<Router>(Router.class, this, HcaPackage.TOPOLOGY__ROUTERS);
		}
		return routers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Link> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<Link>(Link.class, this, HcaPackage.TOPOLOGY__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SubnetManager getSubnetManager() {
		return subnetManager;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSubnetManager(SubnetManager newSubnetManager, NotificationChain msgs) {
		SubnetManager oldSubnetManager = subnetManager;
		subnetManager = newSubnetManager;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, HcaPackage.TOPOLOGY__SUBNET_MANAGER, oldSubnetManager, newSubnetManager);
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
	public void setSubnetManager(SubnetManager newSubnetManager) {
		if (newSubnetManager != subnetManager) {
			NotificationChain msgs = null;
			if (subnetManager != null)
				msgs = ((InternalEObject)subnetManager).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - HcaPackage.TOPOLOGY__SUBNET_MANAGER, null, msgs);
			if (newSubnetManager != null)
				msgs = ((InternalEObject)newSubnetManager).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - HcaPackage.TOPOLOGY__SUBNET_MANAGER, null, msgs);
			msgs = basicSetSubnetManager(newSubnetManager, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HcaPackage.TOPOLOGY__SUBNET_MANAGER, newSubnetManager, newSubnetManager));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Scenario> getScenarios() {
		if (scenarios == null) {
			scenarios = new EObjectContainmentEList<Scenario>(Scenario.class, this, HcaPackage.TOPOLOGY__SCENARIOS);
		}
		return scenarios;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Hca> allHcas() {
		return io.hcastudio.model.operations.TopologyOperations.allHcas(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FabricNode> allFabricNodes() {
		return io.hcastudio.model.operations.TopologyOperations.allFabricNodes(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Link linkOf(final Port port) {
		return io.hcastudio.model.operations.TopologyOperations.linkOf(this, port);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FunctionInterface interfaceOf(final PciFunction function, final int portNumber) {
		return io.hcastudio.model.operations.TopologyOperations.interfaceOf(function, portNumber);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HcaPackage.TOPOLOGY__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
			case HcaPackage.TOPOLOGY__SWITCHES:
				return ((InternalEList<?>)getSwitches()).basicRemove(otherEnd, msgs);
			case HcaPackage.TOPOLOGY__ROUTERS:
				return ((InternalEList<?>)getRouters()).basicRemove(otherEnd, msgs);
			case HcaPackage.TOPOLOGY__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case HcaPackage.TOPOLOGY__SUBNET_MANAGER:
				return basicSetSubnetManager(null, msgs);
			case HcaPackage.TOPOLOGY__SCENARIOS:
				return ((InternalEList<?>)getScenarios()).basicRemove(otherEnd, msgs);
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
			case HcaPackage.TOPOLOGY__FORMAT_VERSION:
				return getFormatVersion();
			case HcaPackage.TOPOLOGY__DESCRIPTION:
				return getDescription();
			case HcaPackage.TOPOLOGY__HOSTS:
				return getHosts();
			case HcaPackage.TOPOLOGY__SWITCHES:
				return getSwitches();
			case HcaPackage.TOPOLOGY__ROUTERS:
				return getRouters();
			case HcaPackage.TOPOLOGY__LINKS:
				return getLinks();
			case HcaPackage.TOPOLOGY__SUBNET_MANAGER:
				return getSubnetManager();
			case HcaPackage.TOPOLOGY__SCENARIOS:
				return getScenarios();
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
			case HcaPackage.TOPOLOGY__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case HcaPackage.TOPOLOGY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case HcaPackage.TOPOLOGY__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
				return;
			case HcaPackage.TOPOLOGY__SWITCHES:
				getSwitches().clear();
				getSwitches().addAll((Collection<? extends Switch>)newValue);
				return;
			case HcaPackage.TOPOLOGY__ROUTERS:
				getRouters().clear();
				getRouters().addAll((Collection<? extends Router>)newValue);
				return;
			case HcaPackage.TOPOLOGY__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends Link>)newValue);
				return;
			case HcaPackage.TOPOLOGY__SUBNET_MANAGER:
				setSubnetManager((SubnetManager)newValue);
				return;
			case HcaPackage.TOPOLOGY__SCENARIOS:
				getScenarios().clear();
				getScenarios().addAll((Collection<? extends Scenario>)newValue);
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
			case HcaPackage.TOPOLOGY__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case HcaPackage.TOPOLOGY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case HcaPackage.TOPOLOGY__HOSTS:
				getHosts().clear();
				return;
			case HcaPackage.TOPOLOGY__SWITCHES:
				getSwitches().clear();
				return;
			case HcaPackage.TOPOLOGY__ROUTERS:
				getRouters().clear();
				return;
			case HcaPackage.TOPOLOGY__LINKS:
				getLinks().clear();
				return;
			case HcaPackage.TOPOLOGY__SUBNET_MANAGER:
				setSubnetManager((SubnetManager)null);
				return;
			case HcaPackage.TOPOLOGY__SCENARIOS:
				getScenarios().clear();
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
			case HcaPackage.TOPOLOGY__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case HcaPackage.TOPOLOGY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case HcaPackage.TOPOLOGY__HOSTS:
				return hosts != null && !hosts.isEmpty();
			case HcaPackage.TOPOLOGY__SWITCHES:
				return switches != null && !switches.isEmpty();
			case HcaPackage.TOPOLOGY__ROUTERS:
				return routers != null && !routers.isEmpty();
			case HcaPackage.TOPOLOGY__LINKS:
				return links != null && !links.isEmpty();
			case HcaPackage.TOPOLOGY__SUBNET_MANAGER:
				return subnetManager != null;
			case HcaPackage.TOPOLOGY__SCENARIOS:
				return scenarios != null && !scenarios.isEmpty();
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
			case HcaPackage.TOPOLOGY___ALL_HCAS:
				return allHcas();
			case HcaPackage.TOPOLOGY___ALL_FABRIC_NODES:
				return allFabricNodes();
			case HcaPackage.TOPOLOGY___LINK_OF__PORT:
				return linkOf((Port)arguments.get(0));
			case HcaPackage.TOPOLOGY___INTERFACE_OF__PCIFUNCTION_INT:
				return interfaceOf((PciFunction)arguments.get(0), (Integer)arguments.get(1));
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
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //TopologyImpl
