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

} // Study
