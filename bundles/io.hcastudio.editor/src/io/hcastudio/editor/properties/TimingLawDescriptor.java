package io.hcastudio.editor.properties;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.hcastudio.model.HcaFactory;
import io.hcastudio.model.HcaPackage;
import io.hcastudio.model.TimingDistribution;
import io.hcastudio.model.TimingParameters;
import io.hcastudio.model.operations.TimingDistributions;

/**
 * The law of one timing parameter as a text row ("Wake Latency Ns distribution": {@code 20us},
 * {@code lognormal(20us,2)}): a constant shows as a duration, and entering one makes the parameter constant again.
 * An edit is one command that adds, changes or removes the parameter's {@link TimingDistribution} and sets the
 * attribute to the law's median, so that undo (which sets the previous text) restores both.
 */
final class TimingLawDescriptor extends PropertyDescriptor {

    /** The row's id: the parameter's attribute. */
    record Id(EAttribute attribute) {
    }

    TimingLawDescriptor(EAttribute attribute, String attributeDisplayName) {
        super(new Id(attribute), attributeDisplayName + " distribution");
        setCategory("Distributions");
        setDescription("Law of " + attribute.getName() + " per occurrence: 20us, uniform(5us,15us), exp(mean),"
                + " lognormal(median,geometric sigma), empirical(samples...), histogram(low:high=count,...)");
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        TextCellEditor editor = new TextCellEditor(parent);
        editor.setValidator(value -> value instanceof String text ? TimingDistributions.problem(text) : null);
        return editor;
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof TimingLawDescriptor && other.getId().equals(getId());
    }

    /** The row's text for {@code timing}. */
    static String value(TimingParameters timing, Id id) {
        return TimingDistributions.lawText(timing, id.attribute());
    }

    /** The command that gives the parameter the law {@code text}; null when the text does not parse. */
    static Command command(EditingDomain domain, TimingParameters timing, Id id, String text) {
        if (TimingDistributions.problem(text) != null) {
            return null;
        }
        EAttribute attribute = id.attribute();
        TimingDistribution existing = TimingDistributions.find(timing, attribute.getName());
        CompoundCommand command = new CompoundCommand("Set " + attribute.getName() + " distribution");
        if (TimingDistributions.isConstant(text)) {
            if (existing != null) {
                command.append(RemoveCommand.create(domain, timing, HcaPackage.Literals.TIMING_PARAMETERS__DISTRIBUTIONS,
                        existing));
            }
        } else if (existing != null) {
            command.append(SetCommand.create(domain, existing, HcaPackage.Literals.TIMING_DISTRIBUTION__EXPRESSION,
                    TimingDistributions.normalized(text)));
        } else {
            TimingDistribution created = HcaFactory.eINSTANCE.createTimingDistribution();
            created.setParameter(attribute.getName());
            created.setExpression(TimingDistributions.normalized(text));
            command.append(AddCommand.create(domain, timing, HcaPackage.Literals.TIMING_PARAMETERS__DISTRIBUTIONS,
                    created));
        }
        command.append(SetCommand.create(domain, timing, attribute, TimingDistributions.median(text)));
        return command;
    }
}
