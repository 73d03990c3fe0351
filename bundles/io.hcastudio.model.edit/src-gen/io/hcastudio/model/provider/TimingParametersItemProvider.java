/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.provider;


import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.TimingParameters;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.hcastudio.model.TimingParameters} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TimingParametersItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimingParametersItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addLoopbackLatencyNsPropertyDescriptor(object);
			addLoopbackCqeLatencyNsPropertyDescriptor(object);
			addWireCqeLatencyNsPropertyDescriptor(object);
			addIrqLatencyNsPropertyDescriptor(object);
			addTaskletMaxTimeNsPropertyDescriptor(object);
			addWakeLatencyNsPropertyDescriptor(object);
			addReschedLatencyNsPropertyDescriptor(object);
			addReapCostNsPropertyDescriptor(object);
			addMuxCostNsPropertyDescriptor(object);
			addCmIdAllocCostNsPropertyDescriptor(object);
			addDemuxCostNsPropertyDescriptor(object);
			addIssueCostNsPropertyDescriptor(object);
			addSwitchHopLatencyNsPropertyDescriptor(object);
			addAcceptCostNsPropertyDescriptor(object);
			addCmResponseTimeoutPropertyDescriptor(object);
			addCmMaxRetriesPropertyDescriptor(object);
			addSaQueryRetriesPropertyDescriptor(object);
			addMraServiceTimeoutPropertyDescriptor(object);
			addCmIdCacheLifeMsPropertyDescriptor(object);
			addCalibrationSourcePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Loopback Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLoopbackLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_loopbackLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_loopbackLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Loopback Cqe Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLoopbackCqeLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_loopbackCqeLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_loopbackCqeLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wire Cqe Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWireCqeLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_wireCqeLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_wireCqeLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Irq Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIrqLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_irqLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_irqLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__IRQ_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tasklet Max Time Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTaskletMaxTimeNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_taskletMaxTimeNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_taskletMaxTimeNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Wake Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWakeLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_wakeLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_wakeLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__WAKE_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Resched Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReschedLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_reschedLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_reschedLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__RESCHED_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Reap Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReapCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_reapCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_reapCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__REAP_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mux Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMuxCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_muxCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_muxCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__MUX_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cm Id Alloc Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmIdAllocCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_cmIdAllocCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_cmIdAllocCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Demux Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDemuxCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_demuxCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_demuxCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__DEMUX_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Issue Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIssueCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_issueCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_issueCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__ISSUE_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Switch Hop Latency Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSwitchHopLatencyNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_switchHopLatencyNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_switchHopLatencyNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Accept Cost Ns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addAcceptCostNsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_acceptCostNs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_acceptCostNs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__ACCEPT_COST_NS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cm Response Timeout feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmResponseTimeoutPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_cmResponseTimeout_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_cmResponseTimeout_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cm Max Retries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmMaxRetriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_cmMaxRetries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_cmMaxRetries_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__CM_MAX_RETRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sa Query Retries feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSaQueryRetriesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_saQueryRetries_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_saQueryRetries_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__SA_QUERY_RETRIES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Mra Service Timeout feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMraServiceTimeoutPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_mraServiceTimeout_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_mraServiceTimeout_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cm Id Cache Life Ms feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCmIdCacheLifeMsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_cmIdCacheLifeMs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_cmIdCacheLifeMs_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Calibration Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCalibrationSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TimingParameters_calibrationSource_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TimingParameters_calibrationSource_feature", "_UI_TimingParameters_type"),
				 HcaPackage.Literals.TIMING_PARAMETERS__CALIBRATION_SOURCE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(HcaPackage.Literals.TIMING_PARAMETERS__DISTRIBUTIONS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns TimingParameters.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TimingParameters"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		TimingParameters timingParameters = (TimingParameters)object;
		return getString("_UI_TimingParameters_type") + " " + timingParameters.getLoopbackLatencyNs();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(TimingParameters.class)) {
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__LOOPBACK_CQE_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__WIRE_CQE_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__IRQ_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__TASKLET_MAX_TIME_NS:
			case HcaPackage.TIMING_PARAMETERS__WAKE_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__RESCHED_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__REAP_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__MUX_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__CM_ID_ALLOC_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__DEMUX_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__ISSUE_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__SWITCH_HOP_LATENCY_NS:
			case HcaPackage.TIMING_PARAMETERS__ACCEPT_COST_NS:
			case HcaPackage.TIMING_PARAMETERS__CM_RESPONSE_TIMEOUT:
			case HcaPackage.TIMING_PARAMETERS__CM_MAX_RETRIES:
			case HcaPackage.TIMING_PARAMETERS__SA_QUERY_RETRIES:
			case HcaPackage.TIMING_PARAMETERS__MRA_SERVICE_TIMEOUT:
			case HcaPackage.TIMING_PARAMETERS__CM_ID_CACHE_LIFE_MS:
			case HcaPackage.TIMING_PARAMETERS__CALIBRATION_SOURCE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case HcaPackage.TIMING_PARAMETERS__DISTRIBUTIONS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.TIMING_PARAMETERS__DISTRIBUTIONS,
				 HcaFactory.eINSTANCE.createTimingDistribution()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return HcaEditPlugin.INSTANCE;
	}

}
