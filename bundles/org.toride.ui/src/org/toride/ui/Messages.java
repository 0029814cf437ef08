/*
 * Copyright (c) 2026 Toride contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.toride.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench's UI strings (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "org.toride.ui.messages";

    public static String AssetImport_chooseCsv;
    public static String AssetImport_counts;
    public static String AssetImport_csv;
    public static String AssetImport_description;
    public static String AssetImport_done;
    public static String AssetImport_dryRun;
    public static String AssetImport_dryRunDone;
    public static String AssetImport_into;
    public static String AssetImport_noCsv;
    public static String AssetImport_notUtf8;
    public static String AssetImport_pageTitle;
    public static String AssetImport_partial;
    public static String AssetImport_rejected;
    public static String AssetImport_title;
    public static String AssetImport_unreadable;
    public static String AssetImport_doneInEditor;
    public static String AssetImport_command;
    public static String ComplianceView_allStatuses;
    public static String ComplianceView_item;
    public static String ComplianceView_met;
    public static String ComplianceView_metWithWaivers;
    public static String ComplianceView_noModel;
    public static String ComplianceView_notApplicable;
    public static String ComplianceView_notCheckable;
    public static String ComplianceView_notChecked;
    public static String ComplianceView_notCovered;
    public static String ComplianceView_note;
    public static String ComplianceView_profile;
    public static String ComplianceView_reference;
    public static String ComplianceView_requirements;
    public static String ComplianceView_status;
    public static String ComplianceView_violated;
    public static String ComplianceView_violations;
    public static String ComplianceView_waived;
    public static String DataTypeCellEditor_invalid;
    public static String DetailsForm_nothingSelected;
    public static String EditActions_copy;
    public static String EditActions_cut;
    public static String EditActions_delete;
    public static String EditActions_new;
    public static String EditActions_paste;
    public static String EditActions_redo;
    public static String EditActions_redoNamed;
    public static String EditActions_rename;
    public static String EditActions_renameEmpty;
    public static String EditActions_renameMessage;
    public static String EditActions_renameTitle;
    public static String EditActions_undo;
    public static String EditActions_undoNamed;
    public static String Explorer_open;
    public static String Explorer_openDataflow;
    public static String Explorer_openNetwork;
    public static String Export_browse;
    public static String Export_chooseModel;
    public static String Export_chooseOutput;
    public static String Export_english;
    public static String Export_failed;
    public static String Export_japanese;
    public static String Export_language;
    public static String Export_model;
    public static String Export_modelErrors;
    public static String Export_more;
    public static String Export_output;
    public static String Export_outputIsFolder;
    public static String Export_overwriteQuestion;
    public static String Export_overwriteTitle;
    public static String Export_overwriteWarning;
    public static String FindingsSection_line;
    public static String FindingsSection_none;
    public static String InventoryExport_csv;
    public static String InventoryExport_description;
    public static String InventoryExport_format;
    public static String InventoryExport_html;
    public static String InventoryExport_md;
    public static String InventoryExport_pageTitle;
    public static String InventoryExport_title;
    public static String InventoryExport_xlsx;
    public static String ManyValuesCellEditor_commaSeparated;
    public static String ManyValuesCellEditor_title;
    public static String ModelChecker_requirementsBroken;
    public static String ModelEditorContributor_menu;
    public static String ModelEditor_cannotOpen;
    public static String ModelEditor_changedMessage;
    public static String ModelEditor_changedTitle;
    public static String ModelEditor_fixInTextEditor;
    public static String ModelEditor_notAFile;
    public static String DiagramPage_noBrowser;
    public static String DiagramPage_serverFailed;
    public static String DiagramPage_loading;
    public static String ModelEditor_pageAssets;
    public static String ModelEditor_pageDataflow;
    public static String ModelEditor_pageNetwork;
    public static String ModelEditor_layoutUnreadable;
    public static String ModelEditor_pageFlows;
    public static String ModelEditor_pageModel;
    public static String ModelEditor_pageProblems;
    public static String ModelEditor_pageRisks;
    public static String ModelEditor_pageSuppliers;
    public static String ModelEditor_recoverMessage;
    public static String ModelEditor_recoverTitle;
    public static String ModelEditor_recoveryJob;
    public static String ModelEditor_saveFailed;
    public static String ModelEditor_saveFailedTitle;
    public static String ModelValidation_job;
    public static String ModelBuilder_task;
    public static String NewModelWizard_failed;
    public static String NewModelWizard_fileDescription;
    public static String NewModelWizard_fileTitle;
    public static String NewModelWizard_title;
    public static String NewProjectWizard_projectDescription;
    public static String NewProjectWizard_projectTitle;
    public static String NewProjectWizard_title;
    public static String ReportExport_description;
    public static String ReportExport_diagrams;
    public static String ReportExport_inputErrors;
    public static String ReportExport_pageTitle;
    public static String ReportExport_title;
    public static String SectorPage_chooseSector;
    public static String SectorPage_description;
    public static String SectorPage_nameOperator;
    public static String SectorPage_operator;
    public static String SectorPage_sector;
    public static String SectorPage_title;
    public static String TablePage_count;
    public static String TablePage_countFiltered;
    public static String TablePage_filter;
    public static String TreePage_filter;
    public static String TreePage_moveToZone;
    public static String WaiveFinding_description;
    public static String WaiveFinding_failed;
    public static String WaiveFinding_label;
    public static String WaiverDialog_expires;
    public static String WaiverDialog_expiresFormat;
    public static String WaiverDialog_expiresPast;
    public static String WaiverDialog_message;
    public static String WaiverDialog_owner;
    public static String WaiverDialog_ownerMissing;
    public static String WaiverDialog_reason;
    public static String WaiverDialog_reasonMissing;
    public static String WaiverDialog_shell;
    public static String WaiverDialog_title;
    public static String Welcome_intro;
    public static String Welcome_step1;
    public static String Welcome_step1Text;
    public static String Welcome_step2;
    public static String Welcome_step2Text;
    public static String Welcome_step3;
    public static String Welcome_step3Text;
    public static String Welcome_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
