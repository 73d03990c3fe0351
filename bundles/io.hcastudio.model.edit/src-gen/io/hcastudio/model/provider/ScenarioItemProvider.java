/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model.provider;


import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.Scenario;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link io.hcastudio.model.Scenario} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ScenarioItemProvider extends NamedElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ScenarioItemProvider(AdapterFactory adapterFactory) {
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

			addDescriptionPropertyDescriptor(object);
			addPresetOverridePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_description_feature", "_UI_Scenario_type"),
				 HcaPackage.Literals.SCENARIO__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preset Override feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPresetOverridePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Scenario_presetOverride_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Scenario_presetOverride_feature", "_UI_Scenario_type"),
				 HcaPackage.Literals.SCENARIO__PRESET_OVERRIDE,
				 true,
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
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__WORKLOADS);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__RUN_SETTINGS);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__STUDIES);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__TIMING);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__FAULTS);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__EVENTS);
			childrenFeatures.add(HcaPackage.Literals.SCENARIO__REACTIONS);
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
	 * This returns Scenario.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Scenario"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Scenario)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Scenario_type") :
			getString("_UI_Scenario_type") + " " + label;
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

		switch (notification.getFeatureID(Scenario.class)) {
			case HcaPackage.SCENARIO__DESCRIPTION:
			case HcaPackage.SCENARIO__PRESET_OVERRIDE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case HcaPackage.SCENARIO__WORKLOADS:
			case HcaPackage.SCENARIO__RUN_SETTINGS:
			case HcaPackage.SCENARIO__STUDIES:
			case HcaPackage.SCENARIO__TIMING:
			case HcaPackage.SCENARIO__FAULTS:
			case HcaPackage.SCENARIO__EVENTS:
			case HcaPackage.SCENARIO__REACTIONS:
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
				(HcaPackage.Literals.SCENARIO__WORKLOADS,
				 HcaFactory.eINSTANCE.createOutboundBurst()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__WORKLOADS,
				 HcaFactory.eINSTANCE.createInboundBurst()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__WORKLOADS,
				 HcaFactory.eINSTANCE.createCmtimeInstance()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__WORKLOADS,
				 HcaFactory.eINSTANCE.createInboundFanIn()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__RUN_SETTINGS,
				 HcaFactory.eINSTANCE.createRunSettings()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__STUDIES,
				 HcaFactory.eINSTANCE.createStudy()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__TIMING,
				 HcaFactory.eINSTANCE.createTimingDistribution()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__FAULTS,
				 HcaFactory.eINSTANCE.createLinkFault()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__FAULTS,
				 HcaFactory.eINSTANCE.createKworkerStallFault()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__FAULTS,
				 HcaFactory.eINSTANCE.createSmOutageFault()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__FAULTS,
				 HcaFactory.eINSTANCE.createSaSlowdownFault()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__FAULTS,
				 HcaFactory.eINSTANCE.createFunctionResetFault()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__EVENTS,
				 HcaFactory.eINSTANCE.createLinkEvent()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__EVENTS,
				 HcaFactory.eINSTANCE.createSmEvent()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__EVENTS,
				 HcaFactory.eINSTANCE.createPortChangeEvent()));

		newChildDescriptors.add
			(createChildParameter
				(HcaPackage.Literals.SCENARIO__REACTIONS,
				 HcaFactory.eINSTANCE.createStackReaction()));
	}

}
