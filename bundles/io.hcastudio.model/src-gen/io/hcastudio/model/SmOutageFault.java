/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sm Outage Fault</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The subnet manager answers nothing during the window: SA requests arriving then, and answers due then, are lost.
 * <!-- end-model-doc -->
 *
 *
 * @see io.hcastudio.model.HcaPackage#getSmOutageFault()
 * @model
 * @generated
 */
public interface SmOutageFault extends Fault {
} // SmOutageFault
