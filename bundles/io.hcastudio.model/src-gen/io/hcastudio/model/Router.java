/**
 * HCA Studio. Generated from model/hcastudio.ecore; do not edit, regenerate (see releng/emf-codegen/README.md).
 */
package io.hcastudio.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An InfiniBand router; it separates subnets.
 * <!-- end-model-doc -->
 *
 *
 * @see io.hcastudio.model.HcaPackage#getRouter()
 * @model
 * @generated
 */
public interface Router extends FabricNode {
} // Router
