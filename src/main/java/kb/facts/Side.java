package kb.facts;

/** Whose motive or act: the local government under study, its foreign partner, or both. */
public enum Side { LOCAL_GOVERNMENT, PARTNER, BOTH }
