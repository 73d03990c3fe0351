/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Study</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A parameter sweep over the scenario: every combination of the parameters' values is one run.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.hcastudio.model.Study#getParameters <em>Parameters</em>}</li>
 *   <li>{@link io.hcastudio.model.Study#getKind <em>Kind</em>}</li>
 *   <li>{@link io.hcastudio.model.Study#getProfiles <em>Profiles</em>}</li>
 * </ul>
 *
 * @see io.hcastudio.model.HcaPackage#getStudy()
 * @model
 * @generated
 */
public interface Study extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link io.hcastudio.model.SweepParameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see io.hcastudio.model.HcaPackage#getStudy_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<SweepParameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link io.hcastudio.model.StudyKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A sweep, or a robustness map: exactly two parameters spanning a grid, run under every profile preset listed in profiles, with the run settings' replications per grid cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see io.hcastudio.model.StudyKind
	 * @see #setKind(StudyKind)
	 * @see io.hcastudio.model.HcaPackage#getStudy_Kind()
	 * @model
	 * @generated
	 */
	StudyKind getKind();

	/**
	 * Sets the value of the '{@link io.hcastudio.model.Study#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see io.hcastudio.model.StudyKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(StudyKind value);

	/**
	 * Returns the value of the '<em><b>Profiles</b></em>' attribute list.
	 * The list contents are of type {@link io.hcastudio.model.ProfilePreset}.
	 * The literals are from the enumeration {@link io.hcastudio.model.ProfilePreset}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Robustness map only: the driver profile presets compared, one map panel each, applied to every HCA as a swept driverProfile.preset is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Profiles</em>' attribute list.
	 * @see io.hcastudio.model.ProfilePreset
	 * @see io.hcastudio.model.HcaPackage#getStudy_Profiles()
	 * @model
	 * @generated
	 */
	EList<ProfilePreset> getProfiles();

} // Study
